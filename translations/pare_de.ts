<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="56"/>
        <source>Usage: pare-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: pare-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="57"/>
        <source>Pare compresses neural-network models: inspect, prune, quantize, factorize, compare.</source>
        <translation>Pare komprimiert Modelle neuronaler Netze: untersuchen, prunen, quantisieren, faktorisieren, vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="59"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="63"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="64"/>
        <source>Show this help; &apos;pare-cli &lt;command&gt; --help&apos; for a command.</source>
        <translation>Diese Hilfe anzeigen; &apos;pare-cli &lt;Befehl&gt; --help&apos; für einen Befehl.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="65"/>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="66"/>
        <source>Exit codes: 0 success, 1 failed work, 2 usage error, 3 bad input file.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Arbeit fehlgeschlagen, 2 Aufruffehler, 3 ungültige Eingabedatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="74"/>
        <source>Show help for this command.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="78"/>
        <location filename="../app/cli/cli.cpp" line="164"/>
        <source>Try &apos;pare-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;pare-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="209"/>
        <source>pare-cli: unknown option &apos;%1&apos;</source>
        <translation>pare-cli: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="210"/>
        <source>pare-cli: unknown command &apos;%1&apos;</source>
        <translation>pare-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="212"/>
        <source>Try &apos;pare-cli --help&apos;.</source>
        <translation>Versuchen Sie &apos;pare-cli --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="35"/>
        <source>Measure the latency of each dense layer&apos;s matrix product (y = W·x) with Pare&apos;s kernels: the original weights, and with --recipe the compressed encoding&apos;s kernel. Weights are read cold (rotating over copies) unless --cold-mb 0.</source>
        <translation>Die Latenz des Matrixprodukts (y = W·x) jeder Dense-Schicht mit Pares Kernels messen: mit den Originalgewichten und, mit --recipe, mit dem Kernel der komprimierten Kodierung. Gewichte werden kalt gelesen (rotierend über Kopien), außer bei --cold-mb 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="38"/>
        <location filename="../app/cli/cmd_eval.cpp" line="60"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="74"/>
        <location filename="../app/cli/cmd_stats.cpp" line="131"/>
        <source>A model file or Hugging Face directory.</source>
        <translation>Eine Modelldatei oder ein Hugging-Face-Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="39"/>
        <location filename="../app/cli/cmd_eval.cpp" line="61"/>
        <source>Compression recipe (JSON).</source>
        <translation>Kompressionsrezept (JSON).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="40"/>
        <source>Vectors per product (default 1).</source>
        <translation>Vektoren pro Produkt (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="41"/>
        <location filename="../app/cli/cmd_eval.cpp" line="71"/>
        <source>Threads (default: all cores).</source>
        <translation>Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="42"/>
        <source>Timed repeats per kernel (default 15).</source>
        <translation>Gemessene Wiederholungen pro Kernel (Standard 15).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="43"/>
        <source>Untimed warm-up runs (default 3).</source>
        <translation>Ungemessene Aufwärmläufe (Standard 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="44"/>
        <source>Rotate over at least this many MB of weight copies (default 256).</source>
        <translation>Über mindestens so viele MB an Gewichtskopien rotieren (Standard 256).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="45"/>
        <source>Only layers matching this glob.</source>
        <translation>Nur Schichten, die auf dieses Glob-Muster passen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="46"/>
        <location filename="../app/cli/cmd_eval.cpp" line="72"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="75"/>
        <location filename="../app/cli/cmd_stats.cpp" line="132"/>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="51"/>
        <location filename="../app/cli/cmd_eval.cpp" line="86"/>
        <source>expected one model file or directory</source>
        <translation>eine Modelldatei oder ein Verzeichnis erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="63"/>
        <source>--batch must be an integer from 1 to 65536, not &apos;%1&apos;</source>
        <translation>--batch muss eine ganze Zahl von 1 bis 65536 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="65"/>
        <location filename="../app/cli/cmd_eval.cpp" line="118"/>
        <source>--threads must be from 1 to %1 (this machine&apos;s cores), not &apos;%2&apos;</source>
        <translation>--threads muss zwischen 1 und %1 (Kerne dieses Rechners) liegen, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="67"/>
        <source>--repeats must be a positive integer, not &apos;%1&apos;</source>
        <translation>--repeats muss eine positive ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="69"/>
        <source>--warmup must be a non-negative integer, not &apos;%1&apos;</source>
        <translation>--warmup muss eine nichtnegative ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="71"/>
        <source>--cold-mb must be a non-negative integer, not &apos;%1&apos;</source>
        <translation>--cold-mb muss eine nichtnegative ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="137"/>
        <location filename="../app/cli/cmd_compress.cpp" line="119"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="137"/>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="137"/>
        <location filename="../app/cli/cmd_bench.cpp" line="140"/>
        <source>median µs</source>
        <translation>Median µs</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="138"/>
        <location filename="../app/cli/cmd_bench.cpp" line="141"/>
        <source>ideal µs</source>
        <translation>Ideal µs</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="140"/>
        <source>variant kernel</source>
        <translation>Varianten-Kernel</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="141"/>
        <source>speedup</source>
        <translation>Beschl.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="149"/>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="156"/>
        <source>Total: %1 µs (ideal %2 µs)</source>
        <translation>Gesamt: %1 µs (ideal %2 µs)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="158"/>
        <source>; variant %1 µs (ideal %2 µs), %3x</source>
        <translation>; Variante %1 µs (ideal %2 µs), %3x</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="164"/>
        <source>Measure per-layer kernel latency, original vs compressed.</source>
        <translation>Kernel-Latenz pro Schicht messen, Original gegen komprimiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="53"/>
        <source>writing %1 (%2): %3 bytes; the variant&apos;s encoded size is %4 bytes</source>
        <translation>%1 wird geschrieben (%2): %3 Bytes; die kodierte Größe der Variante beträgt %4 Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="65"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="119"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="119"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="195"/>
        <source>bytes</source>
        <translation>Bytes</translation>
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
        <translation>rel.Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="120"/>
        <source>SQNR dB</source>
        <translation>SQNR dB</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="120"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="131"/>
        <source>model: %1 → %2 (%3×), MACs %4 → %5, weighted relative error %6, SQNR %7 dB</source>
        <translation>Modell: %1 → %2 (%3×), MACs %4 → %5, gewichteter relativer Fehler %6, SQNR %7 dB</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="144"/>
        <source>Compress a model with a recipe: prune, quantize, factorize.</source>
        <translation>Ein Modell mit einem Rezept komprimieren: Pruning, Quantisierung, Faktorisierung.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="145"/>
        <location filename="../app/cli/cmd_export_plan.cpp" line="28"/>
        <location filename="../app/cli/cmd_report.cpp" line="133"/>
        <location filename="../app/cli/cmd_solve.cpp" line="26"/>
        <source>Model file or directory.</source>
        <translation>Modelldatei oder -verzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="146"/>
        <location filename="../app/cli/cmd_export_plan.cpp" line="29"/>
        <source>Recipe JSON file (see docs/recipe-format.md).</source>
        <translation>Rezept-JSON-Datei (siehe docs/recipe-format.md).</translation>
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
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="148"/>
        <source>Export the compressed model; the extension chooses the form: .pare (Pare&apos;s file), .safetensors (encoded tensors), .gguf (llama.cpp), .onnx (Q/DQ).</source>
        <translation>Das komprimierte Modell exportieren; die Endung bestimmt die Form: .pare (Pare-Datei), .safetensors (kodierte Tensoren), .gguf (llama.cpp), .onnx (Q/DQ).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="152"/>
        <source>Write -o as a copy in the model&apos;s own format, every tensor name and shape unchanged, weights replaced by their reconstruction.</source>
        <translation>-o als Kopie im eigenen Format des Modells schreiben, alle Tensornamen und -formen unverändert, die Gewichte durch ihre Rekonstruktion ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="155"/>
        <source>Also write a Hugging Face directory (config.json, tokenizer files, safetensors of the reconstruction).</source>
        <translation>Zusätzlich ein Hugging-Face-Verzeichnis schreiben (config.json, Tokenizer-Dateien, safetensors der Rekonstruktion).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="157"/>
        <location filename="../app/cli/cmd_report.cpp" line="186"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="158"/>
        <source>Replace existing output files.</source>
        <translation>Vorhandene Ausgabedateien ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="159"/>
        <source>Worker threads (0 = all).</source>
        <translation>Worker-Threads (0 = alle).</translation>
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
        <translation>Tokens pro Inferenz, für MACs.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="161"/>
        <source>Print the result as JSON.</source>
        <translation>Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="164"/>
        <source>Data to run the model on first, for activation-aware (&quot;score&quot;: &quot;wanda&quot;) pruning: text for language models; examples (.npz/.npy/IDX/CSV, the last --calibration-examples of them, prepared with --scale, --mean, --std and --layout as &apos;pare-cli eval&apos; prepares them) for graph models (ONNX, Keras).</source>
        <translation>Daten, auf denen das Modell zuerst ausgeführt wird, für aktivierungsbasiertes (&quot;score&quot;: &quot;wanda&quot;) Pruning: Text für Sprachmodelle; Beispiele (.npz/.npy/IDX/CSV, die letzten --calibration-examples davon, mit --scale, --mean, --std und --layout so vorbereitet wie bei &apos;pare-cli eval&apos;) für Graphmodelle (ONNX, Keras).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="169"/>
        <location filename="../app/cli/cmd_eval.cpp" line="79"/>
        <source>Graph models: calibrate on the data&apos;s last N examples (0: all).</source>
        <translation>Graphmodelle: auf den letzten N Beispielen der Daten kalibrieren (0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="172"/>
        <source>Calibration examples: multiply by S (default 1/255 for uint8 data, else 1).</source>
        <translation>Kalibrierungsbeispiele: mit S multiplizieren (Standard 1/255 für uint8-Daten, sonst 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="175"/>
        <source>Calibration examples: subtract per-channel means (comma-separated).</source>
        <translation>Kalibrierungsbeispiele: Mittelwerte pro Kanal abziehen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="178"/>
        <source>Calibration examples: divide by per-channel standard deviations.</source>
        <translation>Kalibrierungsbeispiele: durch Standardabweichungen pro Kanal teilen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="181"/>
        <source>Calibration examples: layout of the data, nchw or nhwc (default: guessed).</source>
        <translation>Kalibrierungsbeispiele: Layout der Daten, nchw oder nhwc (Standard: geschätzt).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="188"/>
        <source>pare-cli compress: give one MODEL and --recipe FILE; try &apos;pare-cli compress --help&apos;.</source>
        <translation>pare-cli compress: ein MODEL und --recipe FILE angeben; versuchen Sie &apos;pare-cli compress --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="195"/>
        <source>pare-cli compress: --threads must be a non-negative integer</source>
        <translation>pare-cli compress: --threads muss eine nichtnegative ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="203"/>
        <source>--calibration-examples must be a non-negative integer</source>
        <translation>--calibration-examples muss eine nichtnegative ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="208"/>
        <location filename="../app/cli/cmd_eval.cpp" line="126"/>
        <source>--scale must be a non-zero number, not &apos;%1&apos;</source>
        <translation>--scale muss eine von null verschiedene Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="222"/>
        <location filename="../app/cli/cmd_eval.cpp" line="130"/>
        <source>--mean must be numbers separated by commas, not &apos;%1&apos;</source>
        <translation>--mean muss aus durch Kommas getrennten Zahlen bestehen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="224"/>
        <location filename="../app/cli/cmd_eval.cpp" line="132"/>
        <source>--std must be numbers separated by commas, not &apos;%1&apos;</source>
        <translation>--std muss aus durch Kommas getrennten Zahlen bestehen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="232"/>
        <location filename="../app/cli/cmd_eval.cpp" line="140"/>
        <source>--layout must be nchw or nhwc, not &apos;%1&apos;</source>
        <translation>--layout muss nchw oder nhwc sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="238"/>
        <source>pare-cli compress: --tokens must be a positive integer</source>
        <translation>pare-cli compress: --tokens muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="250"/>
        <source>-o %1: the extension must be .pare, .safetensors, .gguf or .onnx (or give --decompressed)</source>
        <translation>-o %1: die Endung muss .pare, .safetensors, .gguf oder .onnx sein (oder --decompressed angeben)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="255"/>
        <source>--decompressed needs -o FILE</source>
        <translation>--decompressed braucht -o FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="277"/>
        <source>--decompressed: a %1 model is copied as %2; -o %3 does not end so</source>
        <translation>--decompressed: ein %1-Modell wird als %2 kopiert; -o %3 endet nicht so</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="327"/>
        <source>Compress a model with a recipe</source>
        <translation>Ein Modell mit einem Rezept komprimieren</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="56"/>
        <source>Evaluate a model on data: perplexity on a byte-level text for GPT-2 / Llama decoders, accuracy on labelled examples for graph models (ONNX, Keras). With --recipe the model is compressed first and the variant is compared with the original (KL divergence, same-top-token rate, top-1 agreement, output error).</source>
        <translation>Ein Modell auf Daten auswerten: Perplexität auf einem Text auf Byte-Ebene für GPT-2-/Llama-Decoder, Genauigkeit auf gelabelten Beispielen für Graphmodelle (ONNX, Keras). Mit --recipe wird das Modell zuerst komprimiert und die Variante mit dem Original verglichen (KL-Divergenz, Anteil gleicher Top-Tokens, Top-1-Übereinstimmung, Ausgabefehler).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="62"/>
        <source>Text (language models) or .npz/.npy/IDX/CSV examples.</source>
        <translation>Text (Sprachmodelle) oder .npz/.npy/IDX/CSV-Beispiele.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="63"/>
        <source>Labels in a separate .npy/IDX/text file.</source>
        <translation>Labels in einer separaten .npy/IDX/Textdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="64"/>
        <source>Multiply inputs by S (default 1/255 for uint8 data, else 1).</source>
        <translation>Eingaben mit S multiplizieren (Standard 1/255 für uint8-Daten, sonst 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="65"/>
        <source>Subtract per-channel means (one value or one per channel, comma-separated).</source>
        <translation>Mittelwerte pro Kanal abziehen (ein Wert oder einer pro Kanal, durch Kommas getrennt).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="66"/>
        <source>Divide by per-channel standard deviations.</source>
        <translation>Durch Standardabweichungen pro Kanal teilen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="67"/>
        <source>Layout of the data: nchw or nhwc (default: guessed).</source>
        <translation>Layout der Daten: nchw oder nhwc (Standard: geschätzt).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="68"/>
        <source>Language models: window length (default: the model&apos;s context).</source>
        <translation>Sprachmodelle: Fensterlänge (Standard: Kontext des Modells).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="69"/>
        <source>Language models: evaluate only the first N bytes.</source>
        <translation>Sprachmodelle: nur die ersten N Bytes auswerten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="70"/>
        <source>Graph models: examples per batch (default 64).</source>
        <translation>Graphmodelle: Beispiele pro Batch (Standard 64).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="75"/>
        <source>With --recipe: data to run the model on before compressing, for activation-aware (&quot;score&quot;: &quot;wanda&quot;) pruning, prepared like --data (text, or the last --calibration-examples examples).</source>
        <translation>Mit --recipe: Daten, auf denen das Modell vor dem Komprimieren läuft, für aktivierungsbewusstes Pruning (&quot;score&quot;: &quot;wanda&quot;), aufbereitet wie --data (Text oder die letzten --calibration-examples Beispiele).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="88"/>
        <source>--data is required</source>
        <translation>--data ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="100"/>
        <source>--window must be a positive integer, not &apos;%1&apos;</source>
        <translation>--window muss eine positive ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="102"/>
        <source>--max-bytes must be a positive integer, not &apos;%1&apos;</source>
        <translation>--max-bytes muss eine positive ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="108"/>
        <source>--calibration-examples must be a non-negative integer, not &apos;%1&apos;</source>
        <translation>--calibration-examples muss eine nicht negative ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="112"/>
        <source>--calibration needs --recipe (it calibrates the recipe&apos;s activation-aware pruning)</source>
        <translation>--calibration braucht --recipe (es kalibriert das aktivierungsbewusste Pruning des Rezepts)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="114"/>
        <source>--batch must be a positive integer, not &apos;%1&apos;</source>
        <translation>--batch muss eine positive ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="171"/>
        <source>%1 prunes no layer activation-aware; --calibration is not used</source>
        <translation>%1 prunt keine Schicht aktivierungsbewusst; --calibration wird nicht verwendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_eval.cpp" line="179"/>
        <source>%n layer(s) pruned by magnitude instead of activation-aware scores (%1); give --calibration DATA to calibrate them</source>
        <translation>
            <numerusform>%n Schicht nach Betrag statt nach aktivierungsbewussten Scores geprunt (%1); mit --calibration DATEN wird sie kalibriert</numerusform>
            <numerusform>%n Schichten nach Betrag statt nach aktivierungsbewussten Scores geprunt (%1); mit --calibration DATEN werden sie kalibriert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="225"/>
        <source>Predictions:     %1 bytes in %2 windows of %3</source>
        <translation>Vorhersagen:     %1 Bytes in %2 Fenstern zu %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="226"/>
        <source>Original:        %1 nats/byte, %2 bits/byte, perplexity %3</source>
        <translation>Original:        %1 nats/Byte, %2 Bits/Byte, Perplexität %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="229"/>
        <source>Variant:         %1 nats/byte, perplexity %2 (%3 %)</source>
        <translation>Variante:        %1 nats/Byte, Perplexität %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="232"/>
        <source>KL divergence:   mean %1, p99 %2, max %3 nats</source>
        <translation>KL-Divergenz:    Mittel %1, p99 %2, max. %3 nats</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="233"/>
        <source>Same top byte:   %1 %</source>
        <translation>Top-Byte gleich: %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="234"/>
        <source>Logits:          relative error %1, cosine %2</source>
        <translation>Logits:          relativer Fehler %1, Kosinus %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="259"/>
        <source>Examples:        %1%2</source>
        <translation>Beispiele:       %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="259"/>
        <source> (no labels)</source>
        <translation> (keine Labels)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="261"/>
        <source>Accuracy:        %1 % (%2 correct)</source>
        <translation>Genauigkeit:     %1 % (%2 richtig)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="264"/>
        <source>Variant:         %1 % (%2 correct)</source>
        <translation>Variante:        %1 % (%2 richtig)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="265"/>
        <source>Top-1 agreement: %1 %</source>
        <translation>Top-1 identisch: %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="266"/>
        <source>Outputs:         relative error %1, cosine %2</source>
        <translation>Ausgaben:        relativer Fehler %1, Kosinus %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="270"/>
        <source>%1: Pare cannot execute this model (no GPT-2/Llama decoder layout and no graph)</source>
        <translation>%1: Pare kann dieses Modell nicht ausführen (kein GPT-2-/Llama-Decoder-Layout und kein Graph)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="276"/>
        <source>Compressed:      %1 → %2 bytes</source>
        <translation>Komprimiert:     %1 → %2 Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="287"/>
        <source>Measure perplexity or accuracy, original vs compressed.</source>
        <translation>Perplexität oder Genauigkeit messen, Original gegen komprimiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="26"/>
        <source>Write a recipe&apos;s plan for a model as llama-quantize arguments or as an llm-compressor recipe.</source>
        <translation>Den Plan eines Rezepts für ein Modell als llama-quantize-Argumente oder als llm-compressor-Rezept schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="31"/>
        <source>llama-quantize or llmcompressor.</source>
        <translation>llama-quantize oder llmcompressor.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="31"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="33"/>
        <source>Write to this file (default: standard output).</source>
        <translation>In diese Datei schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="34"/>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="39"/>
        <source>give one MODEL, --recipe FILE and --format llama-quantize|llmcompressor</source>
        <translation>ein MODEL, --recipe FILE und --format llama-quantize|llmcompressor angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="43"/>
        <source>--format must be llama-quantize or llmcompressor, not &apos;%1&apos;</source>
        <translation>--format muss llama-quantize oder llmcompressor sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="79"/>
        <source>writing %1: %2 bytes</source>
        <translation>%1 wird geschrieben: %2 Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="88"/>
        <source>Write a plan as llama-quantize arguments or an llm-compressor recipe</source>
        <translation>Einen Plan als llama-quantize-Argumente oder llm-compressor-Rezept schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="62"/>
        <source>--%1 must be a positive integer, not &apos;%2&apos;</source>
        <translation>--%1 muss eine positive ganze Zahl sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="72"/>
        <source>Summarize a model: format, parameters, bytes by dtype, MACs and the per-layer table.</source>
        <translation>Ein Modell zusammenfassen: Format, Parameter, Bytes nach dtype, MACs und die Tabelle pro Schicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="77"/>
        <source>Tokens per sequence for MACs (default: the model&apos;s context length).</source>
        <translation>Tokens pro Sequenz für MACs (Standard: Kontextlänge des Modells).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="79"/>
        <source>Batch size for MACs (default 1).</source>
        <translation>Batch-Größe für MACs (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="85"/>
        <source>pare-cli inspect: expected one model file or directory</source>
        <translation>pare-cli inspect: eine Modelldatei oder ein Verzeichnis erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="86"/>
        <source>Try &apos;pare-cli inspect --help&apos;.</source>
        <translation>Versuchen Sie &apos;pare-cli inspect --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="104"/>
        <source>pare-cli inspect: %1 is a Pare project (a saved session of the model %2), not a model. Replay it with &apos;pare-cli study %1 -o OUT.html&apos;, or open it in the Pare GUI; &apos;pare-cli inspect %2&apos; shows the model.</source>
        <translation>pare-cli inspect: %1 ist ein Pare-Projekt (eine gespeicherte Sitzung des Modells %2), kein Modell. Rechnen Sie es mit &apos;pare-cli study %1 -o OUT.html&apos; nach oder öffnen Sie es in der Pare-GUI; &apos;pare-cli inspect %2&apos; zeigt das Modell.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="172"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="173"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="174"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="174"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="185"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="188"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="204"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="176"/>
        <source>Tensors</source>
        <translation>Tensoren</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="177"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="178"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="179"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="184"/>
        <source>batch %1 × %2 tokens</source>
        <translation>Batch %1 × %2 Tokens</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="186"/>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_inspect.cpp" line="190"/>
        <source>%1, %n layer(s) unknown</source>
        <translation>
            <numerusform>%1, %n Schicht unbekannt</numerusform>
            <numerusform>%1, %n Schichten unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="191"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <source>op</source>
        <translation>Op.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <source>shape</source>
        <translation>Form</translation>
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
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="200"/>
        <source> (tied)</source>
        <translation> (geteilt)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="229"/>
        <source>Summarize a model and list its layers.</source>
        <translation>Ein Modell zusammenfassen und seine Schichten auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="28"/>
        <location filename="../app/cli/cmd_study.cpp" line="32"/>
        <source>Skip the per-layer latency measurements.</source>
        <translation>Latenzmessungen pro Schicht überspringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="29"/>
        <location filename="../app/cli/cmd_study.cpp" line="33"/>
        <source>Skip end-to-end evaluation.</source>
        <translation>Ende-zu-Ende-Auswertung überspringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="30"/>
        <source>Evaluation data (text, .npz, .npy, IDX, CSV).</source>
        <translation>Auswertungsdaten (Text, .npz, .npy, IDX, CSV).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="30"/>
        <location filename="../app/cli/cmd_report.cpp" line="31"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="31"/>
        <source>Labels for the evaluation data.</source>
        <translation>Labels für die Auswertungsdaten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="32"/>
        <location filename="../app/cli/cmd_study.cpp" line="35"/>
        <source>Batch size for latency (default 1).</source>
        <translation>Batch-Größe für die Latenz (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="33"/>
        <location filename="../app/cli/cmd_study.cpp" line="34"/>
        <source>Worker threads (default: all cores).</source>
        <translation>Worker-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="34"/>
        <source>Evaluate language models on the first N bytes of the text (0: all).</source>
        <translation>Sprachmodelle auf den ersten N Bytes des Texts auswerten (0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="35"/>
        <location filename="../app/cli/cmd_study.cpp" line="36"/>
        <source>Replace existing report files.</source>
        <translation>Vorhandene Berichtsdateien ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="36"/>
        <location filename="../app/cli/cmd_study.cpp" line="37"/>
        <source>No progress output.</source>
        <translation>Keine Fortschrittsausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="37"/>
        <location filename="../app/cli/cmd_study.cpp" line="38"/>
        <source>Print the study as JSON on stdout.</source>
        <translation>Die Studie als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="55"/>
        <location filename="../app/cli/cmd_study.cpp" line="56"/>
        <source>--batch must be a whole number from 1 to 65536, got &apos;%1&apos;</source>
        <translation>--batch muss eine ganze Zahl von 1 bis 65536 sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="60"/>
        <location filename="../app/cli/cmd_study.cpp" line="59"/>
        <source>--threads must be from 0 (all) to %1, got &apos;%2&apos;</source>
        <translation>--threads muss zwischen 0 (alle) und %1 liegen, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="66"/>
        <source>--eval-bytes must be 0 or more</source>
        <translation>--eval-bytes muss 0 oder größer sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="79"/>
        <location filename="../app/cli/cmd_solve.cpp" line="73"/>
        <source>--damage &apos;%1&apos;: expected weight, output or e2e</source>
        <translation>--damage &apos;%1&apos;: weight, output oder e2e erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="108"/>
        <location filename="../app/cli/cmd_study.cpp" line="68"/>
        <source>%1: already exists (use --force to replace it)</source>
        <translation>%1: existiert bereits (zum Ersetzen --force verwenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="132"/>
        <source>Compress MODEL with each recipe, measure, and write a comparison report.</source>
        <translation>MODEL mit jedem Rezept komprimieren, messen und einen Vergleichsbericht schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="134"/>
        <source>A recipe (JSON); repeat for several variants.</source>
        <translation>Ein Rezept (JSON); für mehrere Varianten wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="135"/>
        <location filename="../app/cli/cmd_study.cpp" line="30"/>
        <source>Report file; its extension picks the format (.html .pdf .csv .json .md); repeatable.</source>
        <translation>Berichtsdatei; ihre Endung bestimmt das Format (.html .pdf .csv .json .md); wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="137"/>
        <source>Add the budget solver&apos;s plan for this budget as a variant, with its front: a size (1.5GB, 800MB), bits per weight (4.5bpw), a ratio (4x), a latency (30ms), &apos;same&apos; (the size of the largest uniform recipe given) or &apos;same:NAME&apos; (the size of that variant).</source>
        <translation>Den Plan des Budget-Solvers für dieses Budget als Variante hinzufügen, mit seiner Front: eine Größe (1.5GB, 800MB), Bits pro Gewicht (4.5bpw), ein Verhältnis (4x), eine Latenz (30ms), &apos;same&apos; (die Größe des größten angegebenen einheitlichen Rezepts) oder &apos;same:NAME&apos; (die Größe dieser Variante).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="140"/>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="141"/>
        <source>How the solver measures damage: weight (default), output or e2e.</source>
        <translation>Wie der Solver den Schaden misst: weight (Standard), output oder e2e.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="142"/>
        <location filename="../app/cli/cmd_report.cpp" line="193"/>
        <location filename="../app/cli/cmd_solve.cpp" line="31"/>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="152"/>
        <source>expected MODEL, at least one --recipe and at least one -o OUT</source>
        <translation>MODEL, mindestens ein --recipe und mindestens ein -o OUT erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="153"/>
        <source>Try &apos;pare-cli report --help&apos;.</source>
        <translation>Versuchen Sie &apos;pare-cli report --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="172"/>
        <source>--damage needs --solve</source>
        <translation>--damage braucht --solve</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="182"/>
        <source>The default study of the bundled demo language model: the original and four variants (int8 per channel; int4 group 128; 50 % pruned + int8; low-rank 90 % energy), and the budget solver&apos;s plan at the size of the int4 variant beside them, written as a report in every format.</source>
        <translation>Die Standardstudie des mitgelieferten Demo-Sprachmodells: das Original und vier Varianten (int8 pro Kanal; int4 Gruppe 128; 50 % Pruning + int8; Low-Rank 90 % Energie) und daneben der Plan des Budget-Solvers in der Größe der int4-Variante, als Bericht in jedem Format geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="186"/>
        <source>Folder for the report files (default: pare-demo-report).</source>
        <translation>Ordner für die Berichtsdateien (Standard: pare-demo-report).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="187"/>
        <source>Which demo: lm (default) or classifier.</source>
        <translation>Welche Demo: lm (Standard) oder classifier.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="187"/>
        <source>which</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="188"/>
        <source>Leave out the budget solver&apos;s plan and front.</source>
        <translation>Plan und Front des Budget-Solvers weglassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="192"/>
        <source>How the solver measures damage: output (default), weight or e2e.</source>
        <translation>Wie der Solver den Schaden misst: output (Standard), weight oder e2e.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="210"/>
        <source>--model must be &apos;lm&apos; or &apos;classifier&apos;, got &apos;%1&apos;</source>
        <translation>--model muss &apos;lm&apos; oder &apos;classifier&apos; sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="214"/>
        <source>the demo models are not installed (looked for %1)</source>
        <translation>die Demo-Modelle sind nicht installiert (gesucht: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="228"/>
        <source>solver, %1 size</source>
        <translation>Solver, Größe von %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="232"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="241"/>
        <source>Compare recipes against the original in a report</source>
        <translation>Rezepte in einem Bericht mit dem Original vergleichen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="242"/>
        <source>Run the default study on the bundled demo model</source>
        <translation>Die Standardstudie am mitgelieferten Demo-Modell ausführen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="25"/>
        <source>Choose one compression option per layer that loses the least quality within a budget.</source>
        <translation>Pro Schicht die Kompressionsoption wählen, die innerhalb eines Budgets am wenigsten Qualität kostet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="28"/>
        <source>Size (1.5GB, 800MB), bits per weight (4.5bpw), ratio (4x) or latency (30ms).</source>
        <translation>Größe (1.5GB, 800MB), Bits pro Gewicht (4.5bpw), Verhältnis (4x) oder Latenz (30ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="29"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="30"/>
        <source>How damage is measured: weight, output or e2e.</source>
        <translation>Wie der Schaden gemessen wird: weight, output oder e2e.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="32"/>
        <source>Option menu as JSON (default: 13 options).</source>
        <translation>Optionsmenü als JSON (Standard: 13 Optionen).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="33"/>
        <source>Give layers matching PAT exactly this option (repeatable).</source>
        <translation>Schichten, die auf PAT passen, genau diese Option geben (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="34"/>
        <source>PAT=OPTION</source>
        <translation>PAT=OPTION</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="35"/>
        <source>Keep layers matching PAT original (repeatable).</source>
        <translation>Schichten, die auf PAT passen, im Original belassen (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="36"/>
        <source>PAT</source>
        <translation>PAT</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="37"/>
        <source>Write the recipe here.</source>
        <translation>Das Rezept hierhin schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="38"/>
        <source>Write the Pareto front (.json or .csv).</source>
        <translation>Die Pareto-Front schreiben (.json oder .csv).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="40"/>
        <source>Sensitivity cache: read to resume, written as the sweep goes.</source>
        <translation>Sensitivitäts-Cache: wird zum Fortsetzen gelesen und während des Durchlaufs geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="42"/>
        <source>Evaluation data for e2e damage; calibration data for output damage: text for language models, examples (.npz/.npy/IDX/CSV) for graph models (default: the demo&apos;s).</source>
        <translation>Auswertungsdaten für e2e-Schaden; Kalibrierungsdaten für output-Schaden: Text für Sprachmodelle, Beispiele (.npz/.npy/IDX/CSV) für Graphmodelle (Standard: die der Demo).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="46"/>
        <source>Output damage: calibrate on the text&apos;s first N tokens (0: all).</source>
        <translation>output-Schaden: auf den ersten N Tokens des Texts kalibrieren (0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="50"/>
        <source>Output damage on graph models: calibrate on the data&apos;s last N examples (0: all).</source>
        <translation>output-Schaden bei Graphmodellen: auf den letzten N Beispielen der Daten kalibrieren (0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="53"/>
        <source>Language models: e2e damage on the text&apos;s first N bytes (0: all).</source>
        <translation>Sprachmodelle: e2e-Schaden auf den ersten N Bytes des Texts (0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="56"/>
        <source>Time every layer&apos;s kernel (else latency = bytes ÷ bandwidth).</source>
        <translation>Den Kernel jeder Schicht zeitlich messen (sonst Latenz = Bytes ÷ Bandbreite).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="57"/>
        <source>No progress on stderr.</source>
        <translation>Kein Fortschritt auf stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="63"/>
        <source>give exactly one MODEL</source>
        <translation>genau ein MODEL angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="65"/>
        <source>--budget is required</source>
        <translation>--budget ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="67"/>
        <source>-o FILE (the recipe to write) is required</source>
        <translation>-o FILE (das zu schreibende Rezept) ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="77"/>
        <source>--eval-bytes &apos;%1&apos;: expected a non-negative integer</source>
        <translation>--eval-bytes &apos;%1&apos;: nichtnegative ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="80"/>
        <source>--calibration-tokens &apos;%1&apos;: expected a non-negative integer</source>
        <translation>--calibration-tokens &apos;%1&apos;: nichtnegative ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="84"/>
        <source>--calibration-examples &apos;%1&apos;: expected a non-negative integer</source>
        <translation>--calibration-examples &apos;%1&apos;: nichtnegative ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="90"/>
        <source>--lock &apos;%1&apos;: expected PATTERN=OPTION</source>
        <translation>--lock &apos;%1&apos;: PATTERN=OPTION erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="97"/>
        <source>--front &apos;%1&apos;: expected a .json or .csv file</source>
        <translation>--front &apos;%1&apos;: .json- oder .csv-Datei erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="143"/>
        <source>Budget %1: %2 bytes (%3x, %4 bits per weight), damage %5 (%6), %7%8</source>
        <translation>Budget %1: %2 Bytes (%3x, %4 Bits pro Gewicht), Schaden %5 (%6), %7%8</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="150"/>
        <source>, optimal</source>
        <translation>, optimal</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="150"/>
        <source>, gap %1</source>
        <translation>, Lücke %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="154"/>
        <source>Recipe written to %1</source>
        <translation>Rezept nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="161"/>
        <source>Choose a per-layer plan for a size or latency budget</source>
        <translation>Einen Plan pro Schicht für ein Größen- oder Latenzbudget wählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="82"/>
        <source>%n tensor(s), %1 parameters, %2 bytes</source>
        <translation>
            <numerusform>%n Tensor, %1 Parameter, %2 Bytes</numerusform>
            <numerusform>%n Tensoren, %1 Parameter, %2 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="78"/>
        <location filename="../app/cli/cmd_stats.cpp" line="87"/>
        <source>tensor</source>
        <translation>Tensor</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="59"/>
        <source>histogram of log10|w| of %1: %n bin(s) over [%2, %3]</source>
        <translation>
            <numerusform>Histogramm von log10|w| von %1: %n Bin über [%2, %3]</numerusform>
            <numerusform>Histogramm von log10|w| von %1: %n Bins über [%2, %3]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="60"/>
        <source>histogram of %1: %n bin(s) over [%2, %3]</source>
        <translation>
            <numerusform>Histogramm von %1: %n Bin über [%2, %3]</numerusform>
            <numerusform>Histogramm von %1: %n Bins über [%2, %3]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="69"/>
        <source>below the range %1, above %2, zeros (log scale) %3, NaN %4, Inf %5</source>
        <translation>unterhalb des Bereichs %1, oberhalb %2, Nullen (log. Skala) %3, NaN %4, Inf %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="87"/>
        <source>min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="87"/>
        <source>max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="88"/>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="88"/>
        <source>std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="88"/>
        <source>kurt</source>
        <translation>Kurt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="88"/>
        <source>zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="89"/>
        <source>p99.9</source>
        <translation>p99.9</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="89"/>
        <source>outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="99"/>
        <source>layer %1: %n output channel(s), %2 dead, median |w|max %3</source>
        <translation>
            <numerusform>Schicht %1: %n Ausgabekanal, %2 tot, Median |w|max %3</numerusform>
            <numerusform>Schicht %1: %n Ausgabekanäle, %2 tot, Median |w|max %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="109"/>
        <source>beyond computed rank</source>
        <translation>jenseits des berechneten Rangs</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="112"/>
        <source>spectrum %1×%2 (%3, %n value(s)): ranks for 90/95/99 % energy: %4</source>
        <translation>
            <numerusform>Spektrum %1×%2 (%3, %n Wert): Ränge für 90/95/99 % Energie: %4</numerusform>
            <numerusform>Spektrum %1×%2 (%3, %n Werte): Ränge für 90/95/99 % Energie: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="115"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="115"/>
        <source>randomized</source>
        <translation>randomisiert</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="119"/>
        <source>lint findings: %1</source>
        <translation>Lint-Befunde: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="128"/>
        <source>Weight statistics of every tensor (min, max, mean, std, kurtosis, zeros, percentiles, outliers, histogram), per-channel ranges and the quantization lint.</source>
        <translation>Gewichtsstatistik jedes Tensors (Min, Max, Mittelwert, Standardabweichung, Kurtosis, Nullen, Perzentile, Ausreißer, Histogramm), Bereiche pro Kanal und die Quantisierungs-Lint-Prüfung.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="133"/>
        <source>Histogram bins, 16 to 4096 (default 256).</source>
        <translation>Histogrammklassen, 16 bis 4096 (Standard 256).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="136"/>
        <source>Only this layer, with its singular-value spectrum.</source>
        <translation>Nur diese Schicht, mit ihrem Singulärwertspektrum.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="139"/>
        <source>Count |w| ≤ T as near zero (default %1).</source>
        <translation>|w| ≤ T als nahe null zählen (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="142"/>
        <source>Count |w − mean| &gt; K·std as an outlier (default %1).</source>
        <translation>|w − Mittelwert| &gt; K·Std als Ausreißer zählen (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="145"/>
        <source>With --layer: also its histogram over [LO, HI] (log10 units with --log).</source>
        <translation>Mit --layer: zusätzlich ihr Histogramm über [LO, HI] (mit --log in log10-Einheiten).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="148"/>
        <source>With --layer: also its histogram of log10|w|.</source>
        <translation>Mit --layer: zusätzlich ihr Histogramm von log10|w|.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="153"/>
        <source>expected one model path</source>
        <translation>ein Modellpfad erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="160"/>
        <source>must be 16 to 4096, not &apos;</source>
        <translation>muss zwischen 16 und 4096 liegen, nicht &apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="173"/>
        <source>--near-zero must be a number ≥ 0, not &apos;%1&apos;</source>
        <translation>--near-zero muss eine Zahl ≥ 0 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="176"/>
        <source>--sigmas must be a number &gt; 0, not &apos;%1&apos;</source>
        <translation>--sigmas muss eine Zahl &gt; 0 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="180"/>
        <source>--range and --log need --layer</source>
        <translation>--range und --log brauchen --layer</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="190"/>
        <source>--range must be LO:HI with LO &lt; HI, not &apos;%1&apos;</source>
        <translation>--range muss LO:HI mit LO &lt; HI sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="208"/>
        <source>%1: no layer named &apos;%2&apos;</source>
        <translation>%1: keine Schicht namens &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="215"/>
        <source>%1: layer &apos;%2&apos; has no weight</source>
        <translation>%1: Schicht &apos;%2&apos; hat kein Gewicht</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="260"/>
        <source>Weight statistics, channel ranges, spectrum and quantization lint.</source>
        <translation>Gewichtsstatistik, Kanalbereiche, Spektrum und Quantisierungs-Lint.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="24"/>
        <source>Replay a project saved by the GUI: compress its model with each of the project&apos;s variants, measure them as the GUI does, and write the comparison report. When the project holds a complete sensitivity sweep (the Budget dock&apos;s), the report adds the budget solver&apos;s front and its plans against the uniform recipes.</source>
        <translation>Ein von der GUI gespeichertes Projekt nachrechnen: sein Modell mit jeder Variante des Projekts komprimieren, diese wie die GUI messen und den Vergleichsbericht schreiben. Enthält das Projekt einen vollständigen Sensitivitätsdurchlauf (den des Budget-Docks), ergänzt der Bericht die Front des Budget-Solvers und seine Pläne im Vergleich zu den einheitlichen Rezepten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="28"/>
        <source>A Pare project (.pare).</source>
        <translation>Ein Pare-Projekt (.pare).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="39"/>
        <source>Replay every variant, also those hidden in the Compare dock.</source>
        <translation>Jede Variante nachrechnen, auch die im Dock „Vergleich“ ausgeblendeten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="41"/>
        <source>Data for the variants&apos; activation-aware (&quot;score&quot;: &quot;wanda&quot;) pruning (default: the calibration data saved with the project).</source>
        <translation>Daten für das aktivierungsbewusste Pruning (&quot;score&quot;: &quot;wanda&quot;) der Varianten (Standard: die mit dem Projekt gespeicherten Kalibrierungsdaten).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="48"/>
        <source>expected PROJECT.pare and at least one -o OUT</source>
        <translation>PROJECT.pare und mindestens ein -o OUT erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="85"/>
        <source>%1: variant &apos;%2&apos;</source>
        <translation>%1: Variante &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="93"/>
        <source>%1: the project has no variants to replay (compute one in the GUI and save the project%2)</source>
        <translation>%1: Das Projekt hat keine Varianten zum Nachrechnen (berechnen Sie eine in der GUI und speichern Sie das Projekt%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="94"/>
        <source>, or pass --all to replay hidden ones</source>
        <translation>, oder übergeben Sie --all, um ausgeblendete nachzurechnen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="134"/>
        <source>Replay a project saved by the GUI and write its report</source>
        <translation>Ein von der GUI gespeichertes Projekt nachrechnen und seinen Bericht schreiben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="20"/>
        <source>Pare: a workbench for compressing neural-network models.</source>
        <translation>Pare: eine Werkbank zum Komprimieren neuronaler Netze.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="24"/>
        <source>Model or project to open.</source>
        <translation>Zu öffnendes Modell oder Projekt.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="28"/>
        <source>Try &apos;pare --help&apos;.</source>
        <translation>Versuchen Sie &apos;pare --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="41"/>
        <source>expected at most one file, got %1</source>
        <translation>höchstens eine Datei erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>pare::core</name>
    <message>
        <location filename="../core/analysis/lint.cpp" line="40"/>
        <location filename="../core/io/ggufwriter.cpp" line="186"/>
        <source>tensor &apos;%1&apos;</source>
        <translation>Tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="41"/>
        <source>layer &apos;%1&apos; (tensor &apos;%2&apos;)</source>
        <translation>Schicht &apos;%1&apos; (Tensor &apos;%2&apos;)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/lint.cpp" line="63"/>
        <source>%1: %n of %2 output channels are all zero (first: channel %3); they can be pruned for free</source>
        <translation>
            <numerusform>%1: %n von %2 Ausgabekanälen ist vollständig null (erster: Kanal %3); er lässt sich ohne Verlust prunen</numerusform>
            <numerusform>%1: %n von %2 Ausgabekanälen sind vollständig null (erster: Kanal %3); sie lassen sich ohne Verlust prunen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/lint.cpp" line="81"/>
        <source>%1: %n output channel(s) have |w|max above %2× the median channel |w|max of %3 (worst: channel %4 at %5); per-tensor quantization will crush the other channels</source>
        <translation>
            <numerusform>%1: %n Ausgabekanal hat ein |w|max über dem %2-Fachen des mittleren Kanal-|w|max von %3 (schlimmster: Kanal %4 mit %5); Quantisierung pro Tensor wird die übrigen Kanäle erdrücken</numerusform>
            <numerusform>%1: %n Ausgabekanäle haben ein |w|max über dem %2-Fachen des mittleren Kanal-|w|max von %3 (schlimmster: Kanal %4 mit %5); Quantisierung pro Tensor wird die übrigen Kanäle erdrücken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="105"/>
        <source>%1: only %2 distinct values (sampled) in %3 elements of %4: already quantized; quantizing again gains little</source>
        <translation>%1: nur %2 verschiedene Werte (Stichprobe) in %3 Elementen von %4: bereits quantisiert; erneutes Quantisieren bringt wenig</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="107"/>
        <source>%1: only %2 distinct values in %3 elements of %4: already quantized; quantizing again gains little</source>
        <translation>%1: nur %2 verschiedene Werte in %3 Elementen von %4: bereits quantisiert; erneutes Quantisieren bringt wenig</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="92"/>
        <source>%1: excess kurtosis %2 (above %3): heavy tails; prefer per-channel or outlier-aware quantization</source>
        <translation>%1: Exzess-Kurtosis %2 (über %3): schwere Verteilungsränder; besser pro Kanal oder ausreißerbewusst quantisieren</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="99"/>
        <source>%1: %2 of the weights are exactly zero (above %3): already sparse</source>
        <translation>%1: %2 der Gewichte sind exakt null (über %3): bereits dünn besetzt</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="151"/>
        <source>tensors %1 hold identical bytes (%2 each): tied or duplicated weights, stored %3 times</source>
        <translation>Tensoren %1 enthalten identische Bytes (je %2 Bytes): gekoppelte oder doppelte Gewichte, %3-mal gespeichert</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="178"/>
        <source>layer &apos;%1&apos; shares tensor &apos;%2&apos; with %3 (tied weights): compressing the tensor changes each of them</source>
        <translation>Schicht &apos;%1&apos; teilt den Tensor &apos;%2&apos; mit %3 (gebundene Gewichte): Eine Kompression des Tensors verändert jede dieser Schichten</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="204"/>
        <source>%1: %2 NaN and %3 Inf among %4 values</source>
        <translation>%1: %2 NaN und %3 Inf unter %4 Werten</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfile.cpp" line="15"/>
        <location filename="../core/common/atomicfile.cpp" line="22"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="325"/>
        <source>%1: cannot create a pipe for the reader process: %2</source>
        <translation>%1: Pipe für den Leseprozess kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="335"/>
        <source>%1: cannot start the reader process: %2</source>
        <translation>%1: Leseprozess kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="462"/>
        <source>the reader process hung on a lock it inherited; the reader was stopped</source>
        <translation>der Leseprozess blieb an einer geerbten Sperre hängen; der Leser wurde beendet</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="467"/>
        <source>the reader process sent nothing within %1 s; the reader was stopped</source>
        <translation>der Leseprozess hat innerhalb von %1 s nichts gesendet; der Leser wurde beendet</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="472"/>
        <source>reading this file did not finish within %1 s; the reader was stopped (the file is corrupt, or the machine is badly overloaded)</source>
        <translation>das Lesen dieser Datei wurde nicht innerhalb von %1 s abgeschlossen; der Leseprozess wurde beendet (die Datei ist beschädigt oder der Rechner stark überlastet)</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="477"/>
        <source>the reader process sent more than %1 bytes; refused</source>
        <translation>der Leseprozess hat mehr als %1 Bytes gesendet; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="482"/>
        <source>the library reading this file crashed (signal %1, %2) — the file is corrupt or hostile</source>
        <translation>die Bibliothek, die diese Datei liest, ist abgestürzt (Signal %1, %2) — die Datei ist beschädigt oder bösartig</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="488"/>
        <source>the reader process failed (exit status %1) without a complete answer — the file is corrupt or hostile</source>
        <translation>der Leseprozess ist ohne vollständige Antwort fehlgeschlagen (Exit-Status %1) — die Datei ist beschädigt oder bösartig</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="11"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="12"/>
        <source>invalid argument</source>
        <translation>ungültiges Argument</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="13"/>
        <source>I/O error</source>
        <translation>E/A-Fehler</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="14"/>
        <source>format error</source>
        <translation>Formatfehler</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="15"/>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="16"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="17"/>
        <source>not a Pare project</source>
        <translation>kein Pare-Projekt</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="18"/>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="20"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="25"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="17"/>
        <source>Pare variant file</source>
        <translation>Pare-Variantendatei</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="18"/>
        <source>encoded safetensors</source>
        <translation>kodierte safetensors</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="19"/>
        <source>GGUF for llama.cpp</source>
        <translation>GGUF für llama.cpp</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="20"/>
        <source>ONNX with Q/DQ</source>
        <translation>ONNX mit Q/DQ</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="21"/>
        <source>decompressed copy</source>
        <translation>dekomprimierte Kopie</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="22"/>
        <location filename="../core/model/model.cpp" line="206"/>
        <source>Hugging Face directory</source>
        <translation>Hugging-Face-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="55"/>
        <source>%1: a decompressed copy of a %2 model is a %3 file</source>
        <translation>%1: Eine dekomprimierte Kopie eines %2-Modells ist eine %3-Datei</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="151"/>
        <source>%1 weights as int8/uint8 + DequantizeLinear, %2 low-rank pairs, %3 as float reconstructions</source>
        <translation>%1 Gewichte als int8/uint8 + DequantizeLinear, %2 Low-Rank-Paare, %3 als Gleitkomma-Rekonstruktionen</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="77"/>
        <source>%1: GGUF %2 at offset %3: %4</source>
        <translation>%1: GGUF %2 bei Offset %3: %4</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="83"/>
        <source>file truncated reading %1 (needs %2 bytes, %3 remain)</source>
        <translation>Datei beim Lesen von %1 abgeschnitten (benötigt %2 Bytes, %3 verbleiben)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="107"/>
        <source>%1 length %2 runs past the end of the file (%3 bytes remain)</source>
        <translation>Länge %2 von %1 reicht über das Dateiende hinaus (%3 Bytes verbleiben)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="178"/>
        <location filename="../core/io/ggufwriter.cpp" line="60"/>
        <source>arrays nested deeper than %1 levels</source>
        <translation>Arrays tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="191"/>
        <source>array of %1 %2 values needs at least %3 bytes per element, but only %4 bytes remain</source>
        <translation>Array aus %1 %2-Werten braucht mindestens %3 Bytes pro Element, aber nur %4 Bytes verbleiben</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="244"/>
        <source>empty tensor name</source>
        <translation>leerer Tensorname</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="245"/>
        <source>tensor name is not valid UTF-8</source>
        <translation>Tensorname ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="255"/>
        <source>n_dims %1 exceeds the maximum of %2</source>
        <translation>n_dims %1 überschreitet das Maximum von %2</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="265"/>
        <source>ne[%1] = %2 is out of range</source>
        <translation>ne[%1] = %2 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="280"/>
        <source>%1: GGUF %2 at offset %3: tensor type %4 (%5) is not supported</source>
        <translation>%1: GGUF %2 bei Offset %3: Tensortyp %4 (%5) wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="290"/>
        <source>shape [%1] overflows</source>
        <translation>Form [%1] läuft über</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="296"/>
        <source>ne[0] = %1 is not a multiple of the %2 block size %3</source>
        <translation>ne[0] = %1 ist kein Vielfaches der %2-Blockgröße %3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="304"/>
        <source>%1 elements of %2 do not fit a byte count</source>
        <translation>%1 Elemente vom Typ %2 ergeben eine zu große Byteanzahl</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="316"/>
        <source>%1: GGUF tensor &apos;%2&apos; (info at offset %3)</source>
        <translation>%1: GGUF-Tensor &apos;%2&apos; (Info bei Offset %3)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="320"/>
        <source>%1: data offset %2 is not a multiple of the alignment %3</source>
        <translation>%1: Datenoffset %2 ist kein Vielfaches der Ausrichtung %3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="325"/>
        <source>%1: data [%2, +%3 bytes) from the data section at %4 runs past the end of the file (%5 bytes)</source>
        <translation>%1: Daten [%2, +%3 Bytes) ab dem Datenabschnitt bei %4 reichen über das Dateiende hinaus (%5 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="340"/>
        <source>%1: GGUF tensor &apos;%2&apos; data at offset %3 overlaps tensor &apos;%4&apos; at offset %5 (%6 bytes)</source>
        <translation>%1: Daten des GGUF-Tensors &apos;%2&apos; bei Offset %3 überlappen Tensor &apos;%4&apos; bei Offset %5 (%6 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="352"/>
        <source>%1: file is empty</source>
        <translation>%1: Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="358"/>
        <source>%1: not a GGUF file (magic at offset 0 is 0x%2, expected &quot;GGUF&quot;)</source>
        <translation>%1: keine GGUF-Datei (Magic bei Offset 0 ist 0x%2, erwartet „GGUF“)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="364"/>
        <source>%1: GGUF version 1 (offset 4) is not supported: it predates 64-bit counts; re-convert the model with current llama.cpp</source>
        <translation>%1: GGUF-Version 1 (Offset 4) wird nicht unterstützt: Sie ist älter als die 64-Bit-Zähler; konvertieren Sie das Modell mit einem aktuellen llama.cpp neu</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="370"/>
        <source>%1: big-endian GGUF (version field at offset 4) is not supported</source>
        <translation>%1: Big-Endian-GGUF (Versionsfeld bei Offset 4) wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="372"/>
        <source>%1: GGUF version %2 (offset 4) is not supported; Pare reads versions 2 and 3</source>
        <translation>%1: GGUF-Version %2 (Offset 4) wird nicht unterstützt; Pare liest die Versionen 2 und 3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="380"/>
        <source>metadata_kv_count %1 is impossible: %2 bytes remain</source>
        <translation>metadata_kv_count %1 ist unmöglich: nur %2 Bytes verbleiben</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="383"/>
        <source>tensor_count %1 is impossible: %2 bytes remain</source>
        <translation>tensor_count %1 ist unmöglich: nur %2 Bytes verbleiben</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="391"/>
        <source>metadata entry %1</source>
        <translation>Metadateneintrag %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="399"/>
        <source>key is not valid UTF-8</source>
        <translation>Schlüssel ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="406"/>
        <source>duplicate key</source>
        <translation>doppelter Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="416"/>
        <source>metadata &apos;general.alignment&apos;</source>
        <translation>Metadaten &apos;general.alignment&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="419"/>
        <source>%1: GGUF general.alignment has type %2, expected u32</source>
        <translation>%1: GGUF general.alignment hat den Typ %2, erwartet u32</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="424"/>
        <source>%1: GGUF general.alignment %2 is not a power of two</source>
        <translation>%1: GGUF general.alignment %2 ist keine Zweierpotenz</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="434"/>
        <source>tensor info %1</source>
        <translation>Tensorinfo %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="440"/>
        <source>duplicate tensor name</source>
        <translation>doppelter Tensorname</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="43"/>
        <source>unknown value type %1</source>
        <translation>unbekannter Werttyp %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="50"/>
        <source>a %1 needs %2 bytes, %3 given</source>
        <translation>ein Wert vom Typ %1 braucht %2 Bytes, %3 angegeben</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="57"/>
        <source>array elements were not loaded (take metadata from readGgufMetadata, not Model::metadata)</source>
        <translation>Array-Elemente wurden nicht geladen (Metadaten aus readGgufMetadata nehmen, nicht aus Model::metadata)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="62"/>
        <source>unknown array element type %1</source>
        <translation>unbekannter Array-Elementtyp %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="68"/>
        <source>array of %1 %2 values holds %3 bytes</source>
        <translation>Array aus %1 %2-Werten enthält %3 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="74"/>
        <source>array count %1 but %2 strings</source>
        <translation>Array-Anzahl %1, aber %2 Zeichenketten</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="79"/>
        <source>array count %1 but %2 items</source>
        <translation>Array-Anzahl %1, aber %2 Elemente</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="107"/>
        <source>writing tensor &apos;%1&apos;: %2</source>
        <translation>Schreiben von Tensor &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="164"/>
        <source>metadata key &apos;%1&apos; appears twice</source>
        <translation>Metadatenschlüssel &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="170"/>
        <source>general.alignment must be a u32 power of two</source>
        <translation>general.alignment muss eine Zweierpotenz vom Typ u32 sein</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="175"/>
        <source>%1: metadata &apos;%2&apos;</source>
        <translation>%1: Metadaten &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="188"/>
        <source>a tensor has no name</source>
        <translation>ein Tensor hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="190"/>
        <source>%1 appears twice</source>
        <translation>%1 kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="193"/>
        <source>%1 has no data</source>
        <translation>%1 hat keine Daten</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="195"/>
        <source>%1 has rank %2; GGUF allows at most %3</source>
        <translation>%1 hat Rang %2; GGUF erlaubt höchstens %3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="201"/>
        <source>%1: %2: cannot store %3 values as %4 in GGUF</source>
        <translation>%1: %2: %3-Werte können in GGUF nicht als %4 gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="209"/>
        <source>%1: innermost dimension %2 is not a multiple of the %3 block size %4</source>
        <translation>%1: innerste Dimension %2 ist kein Vielfaches der %3-Blockgröße %4</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="41"/>
        <source>unknown key (allowed: %1)</source>
        <translation>unbekannter Schlüssel (erlaubt: %1)</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="59"/>
        <location filename="../core/compress/recipe.cpp" line="522"/>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="67"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="79"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="87"/>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="90"/>
        <source>%1 is out of range [%2, %3]</source>
        <translation>%1 liegt außerhalb des Bereichs [%2, %3]</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="125"/>
        <source>must be an object, or null to switch it off</source>
        <translation>muss ein Objekt sein, oder null zum Abschalten</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="135"/>
        <source>&quot;prune&quot; and &quot;lowrank&quot; cannot both apply to a layer</source>
        <translation>&quot;prune&quot; und &quot;lowrank&quot; können nicht beide auf eine Schicht angewendet werden</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="181"/>
        <source>n = %1 must be smaller than m = %2</source>
        <translation>n = %1 muss kleiner als m = %2 sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="194"/>
        <source>&quot;global&quot; applies to magnitude pruning only</source>
        <translation>&quot;global&quot; gilt nur für Magnitude-Pruning</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="203"/>
        <source>&quot;wanda&quot; applies to magnitude pruning with &quot;scope&quot;: &quot;layer&quot; only</source>
        <translation>&quot;wanda&quot; gilt nur für Magnitude-Pruning mit &quot;scope&quot;: &quot;layer&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="208"/>
        <location filename="../core/compress/recipe.cpp" line="260"/>
        <location filename="../core/compress/recipe.cpp" line="494"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="228"/>
        <source>7 is not one of 2, 3, 4, 5, 6, 8</source>
        <translation>7 ist keiner der Werte 2, 3, 4, 5, 6, 8</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="244"/>
        <source>%1 is not one of 32, 64, 128, 256</source>
        <translation>%1 ist keiner der Werte 32, 64, 128, 256</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="255"/>
        <source>float formats take a &quot;tensor&quot; or &quot;channel&quot; scale</source>
        <translation>Gleitkommaformate verwenden eine Skalierung &quot;tensor&quot; oder &quot;channel&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="278"/>
        <source>give either &quot;rank&quot; or &quot;energy&quot;, not both</source>
        <translation>entweder &quot;rank&quot; oder &quot;energy&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="401"/>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="402"/>
        <source>energy %1</source>
        <translation>Energie %1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="412"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="416"/>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="426"/>
        <source>missing; this reader understands version 1</source>
        <translation>fehlt; dieses Programm versteht Version 1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="431"/>
        <source>version %1 is not supported (this reader understands 1)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm versteht 1)</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="439"/>
        <location filename="../core/compress/recipe.cpp" line="453"/>
        <location filename="../core/compress/recipe.cpp" line="509"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="448"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="461"/>
        <source>a non-empty glob or &quot;re:&quot; expression is required</source>
        <translation>ein nicht leeres Glob-Muster oder ein &quot;re:&quot;-Ausdruck ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="468"/>
        <source>the regular expression does not compile: %1 at offset %2</source>
        <translation>der reguläre Ausdruck lässt sich nicht kompilieren: %1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="479"/>
        <source>must be an array of op kinds</source>
        <translation>muss ein Array von Operationsarten sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="485"/>
        <source>must be one of Dense, Conv, Embedding, Norm, Other</source>
        <translation>muss einer der Werte Dense, Conv, Embedding, Norm, Other sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="500"/>
        <source>a skipping rule cannot also set methods</source>
        <translation>eine überspringende Regel kann nicht zugleich Methoden festlegen</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="516"/>
        <source>a non-empty string is required</source>
        <translation>eine nicht leere Zeichenkette ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="528"/>
        <source>must be a positive number</source>
        <translation>muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="537"/>
        <source>must be a non-negative number</source>
        <translation>muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="542"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="554"/>
        <location filename="../core/export/onnxexport.cpp" line="36"/>
        <location filename="../core/io/hfdirreader.cpp" line="28"/>
        <location filename="../core/io/modelio.cpp" line="119"/>
        <location filename="../core/tensor/storage.cpp" line="31"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="559"/>
        <source>%1: %2 bytes is too large for a recipe</source>
        <translation>%1: %2 Bytes sind zu groß für ein Rezept</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="30"/>
        <source>%1: %2 bytes is too large for a JSON file (limit %3)</source>
        <translation>%1: %2 Bytes sind zu groß für eine JSON-Datei (Grenze %3)</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="37"/>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON bei Offset %2: %3</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="41"/>
        <location filename="../core/service/project.cpp" line="263"/>
        <location filename="../core/service/project.cpp" line="739"/>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="58"/>
        <source>%1: not a directory</source>
        <translation>%1: kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="62"/>
        <source>%1: no config.json in this directory</source>
        <translation>%1: keine config.json in diesem Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="78"/>
        <source>%1: field &apos;weight_map&apos; missing or not an object</source>
        <translation>%1: Feld &apos;weight_map&apos; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="84"/>
        <source>%1: field &apos;weight_map&apos;, tensor &apos;%2&apos;: &apos;%3&apos; is not a file name in this directory</source>
        <translation>%1: Feld &apos;weight_map&apos;, Tensor &apos;%2&apos;: &apos;%3&apos; ist kein Dateiname in diesem Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="95"/>
        <source>%1: shard &apos;%2&apos; named in field &apos;weight_map&apos; is missing</source>
        <translation>%1: der im Feld &apos;weight_map&apos; genannte Shard &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="105"/>
        <source>%1: no model.safetensors, model.safetensors.index.json or *.safetensors file</source>
        <translation>%1: keine Datei model.safetensors, model.safetensors.index.json oder *.safetensors</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="127"/>
        <source>%1: tensor &apos;%2&apos; also appears in an earlier shard</source>
        <translation>%1: Tensor &apos;%2&apos; kommt auch in einem früheren Shard vor</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="132"/>
        <source>%1: tensor &apos;%2&apos; is not listed in %3</source>
        <translation>%1: Tensor &apos;%2&apos; ist in %3 nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="136"/>
        <source>%1: field &apos;weight_map&apos; places tensor &apos;%2&apos; in &apos;%3&apos;, but it is in &apos;%4&apos;</source>
        <translation>%1: Feld &apos;weight_map&apos; verortet Tensor &apos;%2&apos; in &apos;%3&apos;, er liegt aber in &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="149"/>
        <source>%1: field &apos;weight_map&apos; lists tensor &apos;%2&apos; in &apos;%3&apos;, which does not hold it</source>
        <translation>%1: Feld &apos;weight_map&apos; führt Tensor &apos;%2&apos; in &apos;%3&apos;, die ihn nicht enthält</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="164"/>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (Offset %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="168"/>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="179"/>
        <source>%1 has no class_name or no config.layers list; not a Keras model config</source>
        <translation>%1 hat kein class_name oder keine Liste config.layers; keine Keras-Modellkonfiguration</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="192"/>
        <source>%1: layer %2 has no class_name or name</source>
        <translation>%1: Schicht %2 hat kein class_name oder keinen name</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="203"/>
        <source>%1 named in weight_names is missing</source>
        <translation>%1 (in weight_names genannt) fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="206"/>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="208"/>
        <location filename="../core/io/parereader.cpp" line="49"/>
        <source>%1 keeps its data in another file (external or virtual storage); refused</source>
        <translation>%1 hält seine Daten in einer anderen Datei (externer oder virtueller Speicher); abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="213"/>
        <source>%1 has an unreadable dataspace</source>
        <translation>%1 hat einen unlesbaren Dataspace</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="217"/>
        <source>%1 has shape [%2], over the %3-element limit</source>
        <translation>%1 hat die Form [%2], über der Grenze von %3 Elementen</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="229"/>
        <location filename="../core/io/parereader.cpp" line="59"/>
        <source>%1 claims %2 bytes, more than a %3-byte file can hold</source>
        <translation>%1 beansprucht %2 Bytes, mehr als eine Datei mit %3 Bytes enthalten kann</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="248"/>
        <source>%1 claims %2 bytes, more than a %3-byte file can hold together with its other datasets</source>
        <translation>%1 beansprucht %2 Bytes, mehr als eine Datei mit %3 Bytes zusammen mit ihren übrigen Datensätzen enthalten kann</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="256"/>
        <location filename="../core/io/parereader.cpp" line="64"/>
        <source>%1 cannot be read (truncated or corrupt)</source>
        <translation>%1 kann nicht gelesen werden (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="269"/>
        <source>group %1%2 listed in layer_names is missing</source>
        <translation>die in layer_names aufgeführte Gruppe %1%2 fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="287"/>
        <source>group %1%2 has no weight_names attribute</source>
        <translation>Gruppe %1%2 hat kein Attribut weight_names</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="308"/>
        <source>not a readable HDF5 file (bad signature, truncated or corrupt)</source>
        <translation>keine lesbare HDF5-Datei (falsche Signatur, abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="317"/>
        <source>root attribute model_config is not a string</source>
        <translation>Wurzelattribut model_config ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="321"/>
        <source>group model_weights is missing (a model saved without weights?)</source>
        <translation>Gruppe model_weights fehlt (ein ohne Gewichte gespeichertes Modell?)</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="330"/>
        <source>an HDF5 file, but not a Keras model: no root attribute model_config or layer_names</source>
        <translation>eine HDF5-Datei, aber kein Keras-Modell: kein Wurzelattribut model_config oder layer_names</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="334"/>
        <source>group %1 cannot be opened</source>
        <translation>Gruppe %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="338"/>
        <source>attribute %1layer_names is missing or not a string list</source>
        <translation>Attribut %1layer_names fehlt oder ist keine Zeichenkettenliste</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="344"/>
        <location filename="../core/io/kerash5reader.cpp" line="628"/>
        <source>%1layer_names[%2] is empty or repeated</source>
        <translation>%1layer_names[%2] ist leer oder wiederholt</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="370"/>
        <location filename="../core/io/parereader.cpp" line="226"/>
        <source>%1: the HDF5 reader process sent a malformed answer</source>
        <translation>%1: der HDF5-Leseprozess hat eine fehlerhafte Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="418"/>
        <source>%1: %2 has a data type Pare does not hold; skipped</source>
        <translation>%1: %2 hat einen Datentyp, den Pare nicht abbilden kann; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="431"/>
        <source>%1: inconsistent shape, type or size from the HDF5 reader process</source>
        <translation>%1: inkonsistente Form, Typ oder Größe vom HDF5-Leseprozess</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="449"/>
        <source>%1: data offset out of range</source>
        <translation>%1: Datenoffset außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="535"/>
        <source>%1: weight &apos;%2&apos; has shape [%3], but model_config layer &apos;%4&apos; (%5) says %6</source>
        <translation>%1: Gewicht &apos;%2&apos; hat die Form [%3], aber die model_config-Schicht &apos;%4&apos; (%5) gibt %6 an</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="543"/>
        <source>units = %1 and %2 inputs</source>
        <translation>units = %1 und %2 Eingänge</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="550"/>
        <location filename="../core/io/kerash5reader.cpp" line="556"/>
        <source>filters = %1 and %2 input channels</source>
        <translation>filters = %1 und %2 Eingangskanäle</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="561"/>
        <source>%1 input channels</source>
        <translation>%1 Eingangskanäle</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="566"/>
        <source>input_dim = %1, output_dim = %2</source>
        <translation>input_dim = %1, output_dim = %2</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="589"/>
        <location filename="../core/io/onnxreader.cpp" line="500"/>
        <location filename="../core/service/project.cpp" line="698"/>
        <location filename="../core/tensor/storage.cpp" line="23"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="615"/>
        <source>%1: root attribute model_config</source>
        <translation>%1: Wurzelattribut model_config</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="26"/>
        <source>%1: not a model file Pare can read (%2)</source>
        <translation>%1: keine Modelldatei, die Pare lesen kann (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="105"/>
        <source>%1: no such file or directory</source>
        <translation>%1: Datei oder Verzeichnis nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="114"/>
        <source>a directory with config.json but no *.safetensors</source>
        <translation>ein Verzeichnis mit config.json, aber ohne *.safetensors</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="115"/>
        <source>a directory without config.json</source>
        <translation>ein Verzeichnis ohne config.json</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="122"/>
        <location filename="../core/io/onnxreader.cpp" line="502"/>
        <location filename="../core/runtime/datasets.cpp" line="275"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="145"/>
        <source>a safetensors-like header whose length %1 exceeds the file size %2</source>
        <translation>ein safetensors-ähnlicher Header, dessen Länge %1 die Dateigröße %2 überschreitet</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="150"/>
        <source>%1 bytes starting with %2, which match no supported format</source>
        <translation>%1 Bytes, beginnend mit %2, die zu keinem unterstützten Format passen</translation>
    </message>
    <message>
        <location filename="../core/io/npzreader.cpp" line="25"/>
        <source>%1: member &apos;%2&apos;</source>
        <translation>%1: Eintrag &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/npzreader.cpp" line="27"/>
        <source>%1: duplicate member name</source>
        <translation>%1: doppelter Eintragsname</translation>
    </message>
    <message>
        <location filename="../core/io/npzreader.cpp" line="34"/>
        <location filename="../core/io/zip.cpp" line="257"/>
        <source>%1: CRC-32 %2 does not match the declared %3</source>
        <translation>%1: CRC-32 %2 stimmt nicht mit dem angegebenen Wert %3 überein</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="67"/>
        <source>%1: tensor &apos;%2&apos;: numpy has no dtype for %3</source>
        <translation>%1: Tensor &apos;%2&apos;: numpy hat keinen dtype für %3</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="71"/>
        <location filename="../core/io/safetensorswriter.cpp" line="116"/>
        <source>%1: tensor name &apos;%2&apos; appears twice</source>
        <translation>%1: Tensorname &apos;%2&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="78"/>
        <location filename="../core/io/safetensorswriter.cpp" line="131"/>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="93"/>
        <source>%1: tensor &apos;%2&apos; ends beyond 4 GiB; .npz output needs zip64, which Pare does not write</source>
        <translation>%1: Tensor &apos;%2&apos; endet jenseits von 4 GiB; .npz-Ausgabe bräuchte zip64, das Pare nicht schreibt</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="140"/>
        <source>%1: too many tensors or bytes for a zip without zip64</source>
        <translation>%1: zu viele Tensoren oder Bytes für ein Zip ohne zip64</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="26"/>
        <source>%1: .npy header: %2</source>
        <translation>%1: .npy-Header: %2</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="116"/>
        <source>field &apos;descr&apos;: &apos;%1&apos; is not a dtype</source>
        <translation>Feld &apos;descr&apos;: &apos;%1&apos; ist kein dtype</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="121"/>
        <source>%1: .npy header: field &apos;descr&apos; &apos;%2&apos; is an object (pickled) array; Pare never unpickles</source>
        <translation>%1: .npy-Header: Feld &apos;descr&apos; &apos;%2&apos; ist ein Objekt-Array (Pickle); Pare führt nie Unpickling aus</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="124"/>
        <source>field &apos;descr&apos;: &apos;%1&apos; has no byte order</source>
        <translation>Feld &apos;descr&apos;: &apos;%1&apos; hat keine Bytereihenfolge</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="135"/>
        <source>%1: .npy header: field &apos;descr&apos;: dtype &apos;%2&apos; is not supported (float 16/32/64, int 8–64, uint8 and bool are)</source>
        <translation>%1: .npy-Header: Feld &apos;descr&apos;: dtype &apos;%2&apos; wird nicht unterstützt (unterstützt sind float 16/32/64, int 8–64, uint8 und bool)</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="192"/>
        <source>no \x93NUMPY magic at offset 0 (%1 bytes)</source>
        <translation>kein \x93NUMPY-Magic bei Offset 0 (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="200"/>
        <source>truncated at offset %1</source>
        <translation>bei Offset %1 abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="206"/>
        <source>%1: .npy format version %2.%3 at offset 6 is not supported</source>
        <translation>%1: .npy-Formatversion %2.%3 bei Offset 6 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="210"/>
        <source>header length %1 at offset 8 exceeds the %2 bytes available</source>
        <translation>Headerlänge %1 bei Offset 8 überschreitet die verfügbaren %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="221"/>
        <source>no &apos;{&apos; at offset %1</source>
        <translation>kein &apos;{&apos; bei Offset %1</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="225"/>
        <source>expected &apos;key&apos;: at offset %1</source>
        <translation>&apos;key&apos;: erwartet bei Offset %1</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="229"/>
        <source>%1: .npy header: field &apos;descr&apos; is a structured dtype, which Pare does not read</source>
        <translation>%1: .npy-Header: Feld &apos;descr&apos; ist ein strukturierter dtype, den Pare nicht liest</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="233"/>
        <source>field &apos;descr&apos; is not a string</source>
        <translation>Feld &apos;descr&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="243"/>
        <source>field &apos;fortran_order&apos; is not True/False</source>
        <translation>Feld &apos;fortran_order&apos; ist nicht True/False</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="248"/>
        <source>field &apos;shape&apos; is not a tuple</source>
        <translation>Feld &apos;shape&apos; ist kein Tupel</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="252"/>
        <source>field &apos;shape&apos;: dimension %1 is not a non-negative integer</source>
        <translation>Feld &apos;shape&apos;: Dimension %1 ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="255"/>
        <source>field &apos;shape&apos; has more than %1 dimensions</source>
        <translation>Feld &apos;shape&apos; hat mehr als %1 Dimensionen</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="259"/>
        <source>field &apos;shape&apos; is malformed at offset %1</source>
        <translation>Feld &apos;shape&apos; ist bei Offset %1 fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="264"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="267"/>
        <source>expected &apos;,&apos; or &apos;}&apos; at offset %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet bei Offset %1</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="270"/>
        <source>field &apos;%1&apos; missing</source>
        <translation>Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="275"/>
        <source>field &apos;shape&apos; (%1) overflows</source>
        <translation>Feld &apos;shape&apos; (%1) läuft über</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="279"/>
        <source>%1: .npy data at offset %2: shape %3 of %4 needs %5 bytes, only %6 present (truncated)</source>
        <translation>%1: .npy-Daten bei Offset %2: Form %3 vom Typ %4 braucht %5 Bytes, nur %6 vorhanden (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="177"/>
        <source>%1: data type %2 is not supported; tensor skipped</source>
        <translation>%1: Datentyp %2 wird nicht unterstützt; Tensor übersprungen</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="196"/>
        <source>Constant node &apos;%1&apos; attribute %2</source>
        <translation>Constant-Knoten &apos;%1&apos;, Attribut %2</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="238"/>
        <source>subgraphs nested beyond any sane depth</source>
        <translation>Teilgraphen über jede vernünftige Tiefe hinaus verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="246"/>
        <source>%1: %2 sparse initializers skipped (not supported)</source>
        <translation>%1: %2 dünn besetzte Initializer übersprungen (nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="351"/>
        <source>node %1 (%2): group %3 does not divide the weight&apos;s first dimension %4</source>
        <translation>Knoten %1 (%2): group %3 teilt die erste Dimension %4 des Gewichts nicht</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="440"/>
        <source>ModelProto has no graph (field 7); not an ONNX model</source>
        <translation>ModelProto hat keinen Graphen (Feld 7); kein ONNX-Modell</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="442"/>
        <source>ModelProto.opset_import is empty (ir_version %1 requires it); the file is truncated or not ONNX</source>
        <translation>ModelProto.opset_import ist leer (ir_version %1 verlangt es); die Datei ist abgeschnitten oder kein ONNX</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="506"/>
        <source>%1: the protobuf is %2 bytes, over protobuf&apos;s 2 GB limit; save the model with external data</source>
        <translation>%1: der Protobuf ist %2 Bytes groß, über der 2-GB-Grenze von protobuf; speichern Sie das Modell mit externen Daten</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="521"/>
        <source>protobuf nested beyond any sane depth (more than %1 levels); refused</source>
        <translation>Protobuf über jede vernünftige Tiefe hinaus verschachtelt (mehr als %1 Ebenen); abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="524"/>
        <source>not a valid ONNX protobuf (truncated or corrupt; parsing stopped near byte %1 of %2)</source>
        <translation>kein gültiger ONNX-Protobuf (abgeschnitten oder beschädigt; Parsen endete nahe Byte %1 von %2)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="56"/>
        <source>%1: the model&apos;s directory cannot be resolved</source>
        <translation>%1: das Verzeichnis des Modells kann nicht ermittelt werden</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="60"/>
        <source>%1: external data file &apos;%2&apos; does not exist (looked in %3)</source>
        <translation>%1: externe Datendatei &apos;%2&apos; existiert nicht (gesucht in %3)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="42"/>
        <source>%1: external_data location &apos;%2&apos; is empty; refused</source>
        <translation>%1: external_data-Ort &apos;%2&apos; ist leer; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="46"/>
        <source>%1: external_data location &apos;%2&apos; is an absolute path; refused</source>
        <translation>%1: external_data-Ort &apos;%2&apos; ist ein absoluter Pfad; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="50"/>
        <source>%1: external_data location &apos;%2&apos; leaves the model&apos;s directory (&quot;..&quot;); refused</source>
        <translation>%1: external_data-Ort &apos;%2&apos; verlässt den Ordner des Modells (&quot;..&quot;); abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="53"/>
        <source>%1: external_data location &apos;%2&apos; contains a NUL character; refused</source>
        <translation>%1: external_data-Ort &apos;%2&apos; enthält ein NUL-Zeichen; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="66"/>
        <source>%1: external_data location &apos;%2&apos; resolves to %3, outside the model&apos;s directory; refused</source>
        <translation>%1: external_data-Ort &apos;%2&apos; verweist auf %3, außerhalb des Modellordners; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="71"/>
        <source>%1: external_data location &apos;%2&apos; is not a regular file; refused</source>
        <translation>%1: external_data-Ort &apos;%2&apos; ist keine reguläre Datei; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="129"/>
        <source>%1: %2[%3] = %4 is out of range for the tensor&apos;s data type</source>
        <translation>%1: %2[%3] = %4 liegt außerhalb des Wertebereichs des Tensor-Datentyps</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="152"/>
        <source>%1: %2 holds %3 values, the shape needs %4</source>
        <translation>%1: %2 enthält %3 Werte, die Form braucht %4</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="196"/>
        <source>%1: unhandled dtype</source>
        <translation>%1: nicht behandelter dtype</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="218"/>
        <source>%1: segmented tensors are not supported</source>
        <translation>%1: segmentierte Tensoren werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="224"/>
        <source>%1: invalid dims [%2]</source>
        <translation>%1: ungültige dims [%2]</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="237"/>
        <source>%1: external_data %2 &apos;%3&apos; is not a non-negative integer</source>
        <translation>%1: external_data %2 &apos;%3&apos; ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="246"/>
        <source>%1: external_data has no location</source>
        <translation>%1: external_data hat keine location</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="249"/>
        <source>%1: external_data length %2 does not match the %3 bytes of dims [%4]</source>
        <translation>%1: external_data-Länge %2 passt nicht zu den %3 Bytes von dims [%4]</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="257"/>
        <source>%1 (external file %2, offset %3)</source>
        <translation>%1 (externe Datei %2, Offset %3)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="267"/>
        <source>%1: raw_data holds %2 bytes, dims [%3] of %4 need %5</source>
        <translation>%1: raw_data enthält %2 Bytes, dims [%3] vom Typ %4 brauchen %5</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5format.cpp" line="53"/>
        <source>%1: graph value &apos;%2&apos; has a bad dtype or shape</source>
        <translation>%1: Graphwert &apos;%2&apos; hat einen ungültigen dtype oder eine ungültige Form</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5format.cpp" line="157"/>
        <source>%1: /model/layers entry %2 (&apos;%3&apos;) has a bad op, layout, shape or tensor index</source>
        <translation>%1: /model/layers-Eintrag %2 (&apos;%3&apos;) hat eine ungültige Operation, Anordnung, Form oder einen ungültigen Tensorindex</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="38"/>
        <source>%1: cannot write %2</source>
        <translation>%1: %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="46"/>
        <source>the root attributes</source>
        <translation>die Wurzelattribute</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="56"/>
        <source>/model attributes</source>
        <translation>/model-Attribute</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="88"/>
        <source>/tensors/%1 (tensor &apos;%2&apos;)</source>
        <translation>/tensors/%1 (Tensor &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="113"/>
        <source>%1: cannot create the temporary file %2</source>
        <translation>%1: temporäre Datei %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="116"/>
        <source>(flush failed)</source>
        <translation>(Leeren der Puffer fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="123"/>
        <source>%1: cannot rename %2 into place</source>
        <translation>%1: %2 kann nicht an den Zielort umbenannt werden</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="45"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="55"/>
        <source>%1 is not a 1-D byte dataset</source>
        <translation>%1 ist kein eindimensionaler Byte-Datensatz</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="78"/>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 ist bei Offset %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="90"/>
        <source>not a readable HDF5 file</source>
        <translation>keine lesbare HDF5-Datei</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="94"/>
        <source>root attribute pare_format is missing; not a Pare file</source>
        <translation>Wurzelattribut pare_format fehlt; keine Pare-Datei</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="97"/>
        <source>%1: pare_format %2 is newer than this Pare reads (%3)</source>
        <translation>%1: pare_format %2 ist neuer, als diese Pare-Version lesen kann (%3)</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="101"/>
        <source>group /model is missing</source>
        <translation>Gruppe /model fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="104"/>
        <source>group /model cannot be opened</source>
        <translation>Gruppe /model kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="126"/>
        <source>group /tensors is missing</source>
        <translation>Gruppe /tensors fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="130"/>
        <source>group /tensors cannot be listed</source>
        <translation>Gruppe /tensors kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="139"/>
        <source>%1 is missing (%2 entries under /tensors)</source>
        <translation>%1 fehlt (%2 Einträge unter /tensors)</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="151"/>
        <source>%1: attribute shape is not an integer list</source>
        <translation>%1: Attribut shape ist keine Ganzzahlliste</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="157"/>
        <source>%1: attribute name or dtype is missing or invalid</source>
        <translation>%1: Attribut name oder dtype fehlt oder ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="71"/>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="75"/>
        <source>%1 = %2 is not a non-negative integer</source>
        <translation>%1 = %2 ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="91"/>
        <source>header, tensor &apos;%1&apos;</source>
        <translation>Header, Tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="93"/>
        <source>%1: entry is not a JSON object</source>
        <translation>%1: Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="99"/>
        <source>%1: field &apos;dtype&apos; missing or not a string</source>
        <translation>%1: Feld &apos;dtype&apos; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="103"/>
        <source>%1: field &apos;dtype&apos;: unknown dtype &apos;%2&apos;</source>
        <translation>%1: Feld &apos;dtype&apos;: unbekannter dtype &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="107"/>
        <source>%1: field &apos;shape&apos; missing or not an array</source>
        <translation>%1: Feld &apos;shape&apos; fehlt oder ist kein Array</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="110"/>
        <source>%1: field &apos;shape&apos;[%2]</source>
        <translation>%1: Feld &apos;shape&apos;[%2]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="119"/>
        <source>%1: field &apos;data_offsets&apos; missing or not [begin, end]</source>
        <translation>%1: Feld &apos;data_offsets&apos; fehlt oder ist nicht [begin, end]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="120"/>
        <source>%1: field &apos;data_offsets&apos;[0]</source>
        <translation>%1: Feld &apos;data_offsets&apos;[0]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="123"/>
        <source>%1: field &apos;data_offsets&apos;[1]</source>
        <translation>%1: Feld &apos;data_offsets&apos;[1]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="130"/>
        <source>%1: field &apos;shape&apos; [%2] overflows</source>
        <translation>%1: Feld &apos;shape&apos; [%2] läuft über</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="134"/>
        <source>%1: field &apos;shape&apos; [%2] of %3 overflows</source>
        <translation>%1: Feld &apos;shape&apos; [%2] vom Typ %3 läuft über</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="138"/>
        <source>%1: field &apos;data_offsets&apos; [%2, %3] holds %4 bytes, but shape [%5] of %6 needs %7</source>
        <translation>%1: Feld &apos;data_offsets&apos; [%2, %3] umfasst %4 Bytes, aber Form [%5] vom Typ %6 braucht %7</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="161"/>
        <source>file is %1 bytes, too short for the 8-byte safetensors header length at offset 0</source>
        <translation>Datei ist %1 Bytes groß, zu kurz für die 8 Byte lange safetensors-Headerlänge bei Offset 0</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="169"/>
        <source>header length %1 at offset 0 exceeds the %2 bytes that follow it</source>
        <translation>Headerlänge %1 bei Offset 0 überschreitet die %2 folgenden Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="173"/>
        <source>header length %1 at offset 0 exceeds the %2-byte limit</source>
        <translation>Headerlänge %1 bei Offset 0 überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="176"/>
        <source>header length %1 at offset 0 is too short for a JSON object</source>
        <translation>Headerlänge %1 bei Offset 0 ist zu kurz für ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="181"/>
        <source>header at offset 8 does not start with &apos;{&apos;</source>
        <translation>Header bei Offset 8 beginnt nicht mit &apos;{&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="187"/>
        <source>header at offset 8 is not valid UTF-8</source>
        <translation>Header bei Offset 8 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="192"/>
        <source>header JSON invalid at offset %1: %2</source>
        <translation>Header-JSON ungültig bei Offset %1: %2</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="195"/>
        <source>header at offset 8 is not a JSON object</source>
        <translation>Header bei Offset 8 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="202"/>
        <source>header: duplicate tensor name &apos;%1&apos;</source>
        <translation>Header: doppelter Tensorname &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="206"/>
        <source>header: duplicate tensor names (%1 keys, %2 distinct)</source>
        <translation>Header: doppelte Tensornamen (%1 Schlüssel, %2 verschiedene)</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="216"/>
        <source>header: &apos;__metadata__&apos; is not an object</source>
        <translation>Header: &apos;__metadata__&apos; ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="220"/>
        <source>header: &apos;__metadata__&apos; field &apos;%1&apos; is not a string</source>
        <translation>Header: Feld &apos;%1&apos; in &apos;__metadata__&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="241"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] lies beyond the %4-byte data buffer</source>
        <translation>Header, Tensor &apos;%1&apos;: Feld &apos;data_offsets&apos; [%2, %3] liegt hinter dem %4 Bytes großen Datenpuffer</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="246"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] overlaps the previous tensor (ends at %4)</source>
        <translation>Header, Tensor &apos;%1&apos;: Feld &apos;data_offsets&apos; [%2, %3] überlappt den vorigen Tensor (endet bei %4)</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="251"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] leaves a gap after offset %4</source>
        <translation>Header, Tensor &apos;%1&apos;: Feld &apos;data_offsets&apos; [%2, %3] lässt eine Lücke nach Offset %4</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="258"/>
        <source>header: tensors cover %1 bytes of the %2-byte data buffer at offset %3</source>
        <translation>Header: Tensoren decken nur %1 Bytes des %2 Bytes großen Datenpuffers bei Offset %3 ab</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="75"/>
        <source>%1: tensor &apos;%2&apos;: dtype %3 cannot be stored in safetensors</source>
        <translation>%1: Tensor &apos;%2&apos;: dtype %3 kann nicht in safetensors gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="79"/>
        <source>%1: a tensor cannot be named &apos;__metadata__&apos;</source>
        <translation>%1: ein Tensor darf nicht &apos;__metadata__&apos; heißen</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="139"/>
        <source>%1: writing tensor &apos;%2&apos; failed: %3</source>
        <translation>%1: Schreiben von Tensor &apos;%2&apos; fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="162"/>
        <source>%1: shard size %2 must be positive</source>
        <translation>%1: Shard-Größe %2 muss positiv sein</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="165"/>
        <source>%1: cannot create directory</source>
        <translation>%1: Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="72"/>
        <source>%1 bytes is too short for an end-of-central-directory record</source>
        <translation>%1 Bytes sind zu kurz für einen End-of-Central-Directory-Eintrag</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="83"/>
        <source>no end-of-central-directory record in the last %1 bytes</source>
        <translation>kein End-of-Central-Directory-Eintrag in den letzten %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="91"/>
        <source>zip64 locator missing before offset %1</source>
        <translation>zip64-Locator fehlt vor Offset %1</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="94"/>
        <source>zip64 end record at offset %1 is invalid</source>
        <translation>zip64-Endeintrag bei Offset %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="100"/>
        <source>central directory [%1, +%2) lies outside the %3-byte file</source>
        <translation>zentrales Verzeichnis [%1, +%2) liegt außerhalb der %3 Bytes großen Datei</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="103"/>
        <source>%1 entries cannot fit a %2-byte central directory</source>
        <translation>%1 Einträge passen nicht in ein zentrales Verzeichnis von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="111"/>
        <source>central directory entry %1 at offset %2 is invalid</source>
        <translation>Eintrag %1 des zentralen Verzeichnisses bei Offset %2 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="123"/>
        <source>central directory entry %1 at offset %2 overruns the directory</source>
        <translation>Eintrag %1 des zentralen Verzeichnisses bei Offset %2 reicht über das Verzeichnis hinaus</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="138"/>
        <source>member &apos;%1&apos;: zip64 extra field too short</source>
        <translation>Eintrag &apos;%1&apos;: zip64-Zusatzfeld zu kurz</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="150"/>
        <source>%1: zip: %2 is encrypted</source>
        <translation>%1: Zip: %2 ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="152"/>
        <source>%1: zip: %2 uses compression method %3 (only stored and deflate are read)</source>
        <translation>%1: Zip: %2 verwendet die Kompressionsmethode %3 (gelesen werden nur stored und deflate)</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="157"/>
        <source>%1: local header at offset %2 is invalid</source>
        <translation>%1: lokaler Header bei Offset %2 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="162"/>
        <source>%1: data [%2, +%3) lies outside the %4-byte file</source>
        <translation>%1: Daten [%2, +%3) liegen außerhalb der %4 Bytes großen Datei</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="166"/>
        <source>%1: stored member declares %2 bytes compressed but %3 uncompressed</source>
        <translation>%1: unkomprimierter Eintrag (stored) gibt %2 Bytes komprimiert, aber %3 Bytes unkomprimiert an</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="171"/>
        <source>%1: declares %2 bytes from %3 compressed, beyond deflate&apos;s %4:1 limit (a zip bomb?)</source>
        <translation>%1: gibt %2 Bytes aus %3 komprimierten Bytes an, jenseits der deflate-Grenze von %4:1 (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="176"/>
        <source>%1: size %2 is too large</source>
        <translation>%1: Größe %2 ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="193"/>
        <source>members &apos;%1&apos; and &apos;%2&apos; overlap at offset %3</source>
        <translation>Einträge &apos;%1&apos; und &apos;%2&apos; überlappen bei Offset %3</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="203"/>
        <source>%1: zip: member &apos;%2&apos;</source>
        <translation>%1: Zip: Eintrag &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="208"/>
        <source>%1: zlib init failed</source>
        <translation>%1: zlib-Initialisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="234"/>
        <source>%1: inflates beyond its declared %2 bytes</source>
        <translation>%1: entpackt mehr als die angegebenen %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="248"/>
        <source>%1: corrupt deflate data after %2 output bytes (zlib %3)</source>
        <translation>%1: beschädigte deflate-Daten nach %2 Ausgabebytes (zlib %3)</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="253"/>
        <source>%1: inflates to %2 bytes, %3 declared</source>
        <translation>%1: entpackt zu %2 Bytes, %3 angegeben</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="93"/>
        <source>Out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="96"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="98"/>
        <source>Unexpected error of unknown type</source>
        <translation>Unerwarteter Fehler unbekannter Art</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="25"/>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="26"/>
        <source>Conv</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="27"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="28"/>
        <source>Norm</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="29"/>
        <location filename="../core/model/model.cpp" line="31"/>
        <source>Other</source>
        <translation>Andere</translation>
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
        <translation>Pare-Projekt</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="214"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="70"/>
        <location filename="../core/service/project.cpp" line="90"/>
        <location filename="../core/service/project.cpp" line="112"/>
        <location filename="../core/service/project.cpp" line="124"/>
        <location filename="../core/service/project.cpp" line="134"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="71"/>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="80"/>
        <source>not true or false</source>
        <translation>weder true noch false</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="91"/>
        <location filename="../core/service/project.cpp" line="113"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="97"/>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="125"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="135"/>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="144"/>
        <source>holds a non-string</source>
        <translation>enthält einen Wert, der keine Zeichenkette ist</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="204"/>
        <location filename="../core/service/project.cpp" line="409"/>
        <source>%1 layers is absurd</source>
        <translation>unplausible Anzahl von Schichten: %1</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="208"/>
        <source>entry %1 is not an object</source>
        <translation>Eintrag %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="259"/>
        <location filename="../core/service/project.cpp" line="726"/>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: ungültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="275"/>
        <source>cannot open the dataset</source>
        <translation>der Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="278"/>
        <source>refers to other files</source>
        <translation>verweist auf andere Dateien</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="282"/>
        <source>not a byte dataset</source>
        <translation>kein Byte-Datensatz</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="286"/>
        <source>not a 1-D dataset</source>
        <translation>kein eindimensionaler Datensatz</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="291"/>
        <source>%1 bytes is more than the file can hold</source>
        <translation>%1 Bytes sind mehr, als die Datei enthalten kann</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="297"/>
        <source>cannot read the data (corrupt or truncated file)</source>
        <translation>die Daten können nicht gelesen werden (Datei beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="312"/>
        <source>%1: not a readable HDF5 file (corrupt or truncated)</source>
        <translation>%1: keine lesbare HDF5-Datei (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="316"/>
        <source>%1: not a Pare project (no /project group)</source>
        <translation>%1: kein Pare-Projekt (keine Gruppe /project)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="322"/>
        <source>no project_version attribute</source>
        <translation>kein Attribut project_version</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="416"/>
        <location filename="../core/service/project.cpp" line="620"/>
        <location filename="../core/solve/sensitivitytable.cpp" line="165"/>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="429"/>
        <source>more than 16 dimensions</source>
        <translation>mehr als 16 Dimensionen</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="432"/>
        <source>holds something that is not a dimension</source>
        <translation>enthält etwas, das keine Dimension ist</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="566"/>
        <source>%1: project_version %2 is not supported (this Pare reads version %3; a newer Pare wrote it?)</source>
        <translation>%1: project_version %2 wird nicht unterstützt (diese Pare-Version liest Version %3; von einer neueren Pare-Version geschrieben?)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="592"/>
        <source>not an absolute path</source>
        <translation>kein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="596"/>
        <source>not a SHA-256 in hex</source>
        <translation>kein SHA-256-Wert in Hexadezimalschreibweise</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="614"/>
        <source>%1 variants is absurd</source>
        <translation>unplausible Anzahl von Varianten: %1</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="644"/>
        <source>%1: cannot set up an in-memory HDF5 file</source>
        <translation>%1: eine HDF5-Datei im Arbeitsspeicher kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="651"/>
        <source>%1: cannot create an in-memory HDF5 file</source>
        <translation>%1: eine HDF5-Datei im Arbeitsspeicher kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="669"/>
        <location filename="../core/service/project.cpp" line="674"/>
        <location filename="../core/service/project.cpp" line="679"/>
        <source>%1: cannot build the project file</source>
        <translation>%1: die Projektdatei kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="700"/>
        <source>%1: not a Pare project (not a file)</source>
        <translation>%1: kein Pare-Projekt (keine Datei)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="702"/>
        <source>%1: not a Pare project (not an HDF5 file)</source>
        <translation>%1: kein Pare-Projekt (keine HDF5-Datei)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="733"/>
        <source>%1: not a JSON array</source>
        <translation>%1: kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="768"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="781"/>
        <source>%1: the project&apos;s model is not there any more (moved or deleted)</source>
        <translation>%1: das Modell des Projekts ist nicht mehr vorhanden (verschoben oder gelöscht)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="785"/>
        <source>%1: the model has changed since the project was saved (%2 bytes, was %3)</source>
        <translation>%1: das Modell wurde seit dem Speichern des Projekts geändert (%2 Bytes, vorher %3)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="794"/>
        <source>%1: the model has changed since the project was saved (SHA-256 %2, was %3)</source>
        <translation>%1: das Modell wurde seit dem Speichern des Projekts geändert (SHA-256 %2, vorher %3)</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="194"/>
        <source>no evaluation data given (--data), quality not measured</source>
        <translation>keine Evaluierungsdaten angegeben (--data), Qualität nicht gemessen</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="204"/>
        <source>%1: cannot execute operators %2; quality not measured</source>
        <translation>%1: Operatoren %2 können nicht ausgeführt werden; Qualität nicht gemessen</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="237"/>
        <source>not executable here (%1); quality not measured</source>
        <translation>hier nicht ausführbar (%1); Qualität nicht gemessen</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="257"/>
        <location filename="../core/solve/sensitivity.cpp" line="191"/>
        <source>%1 (first %2 bytes)</source>
        <translation>%1 (erste %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="344"/>
        <source>study: schema_version %1 is not %2</source>
        <translation>Studie: schema_version %1 ist nicht %2</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="443"/>
        <location filename="../core/service/study.cpp" line="449"/>
        <location filename="../core/solve/sensitivitytable.cpp" line="185"/>
        <location filename="../core/solve/sensitivitytable.cpp" line="391"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/study.cpp" line="476"/>
        <source>%n layer(s) have unknown MACs (no input shape); totals count the others</source>
        <translation>
            <numerusform>%n Schicht hat unbekannte MACs (keine Eingabeform); die Summen zählen die übrigen</numerusform>
            <numerusform>%n Schichten haben unbekannte MACs (keine Eingabeform); die Summen zählen die übrigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="486"/>
        <source>Compressing: %1</source>
        <translation>Komprimieren: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="497"/>
        <source>Calibrating on %1</source>
        <translation>Kalibrieren mit %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="523"/>
        <source>activation-aware pruning calibrated on %1</source>
        <translation>aktivierungsbasiertes Pruning, kalibriert mit %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="528"/>
        <source>Timing layers: %1</source>
        <translation>Schichtlaufzeiten messen: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="540"/>
        <location filename="../core/solve/sensitivity.cpp" line="624"/>
        <source>latency not measured: %1</source>
        <translation>Latenz nicht gemessen: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="574"/>
        <source>Evaluating: %1</source>
        <translation>Evaluieren: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="580"/>
        <source>quality not measured: %1</source>
        <translation>Qualität nicht gemessen: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="615"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="635"/>
        <location filename="../core/service/study.cpp" line="693"/>
        <source>Study done</source>
        <translation>Studie abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="655"/>
        <source>%1: the solver&apos;s budget is the size of the largest uniform recipe, but no recipe is uniform (defaults only, no rules)</source>
        <translation>%1: Das Budget des Solvers ist die Größe des größten einheitlichen Rezepts, aber kein Rezept ist einheitlich (nur Vorgaben, keine Regeln)</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="658"/>
        <source>%1: the solver&apos;s budget is the size of the variant &apos;%2&apos;, but the study has no such variant</source>
        <translation>%1: Das Budget des Solvers ist die Größe der Variante &apos;%2&apos;, aber die Studie hat keine solche Variante</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="664"/>
        <source>Sensitivity sweep (%1 damage)</source>
        <translation>Sensitivitätsdurchlauf (Schaden %1)</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="676"/>
        <source>solver %1</source>
        <translation>Solver %1</translation>
    </message>
    <message>
        <location filename="../core/tensor/storage.cpp" line="25"/>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <location filename="../core/tensor/storage.cpp" line="36"/>
        <source>%1: cannot memory-map: %2</source>
        <translation>%1: kann nicht in den Speicher eingeblendet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="40"/>
        <source>%1: tensor &apos;%2&apos;</source>
        <translation>%1: Tensor &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="44"/>
        <source>%1: invalid shape [%2] (negative or overflowing)</source>
        <translation>%1: ungültige Form [%2] (negativ oder überlaufend)</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="49"/>
        <source>%1: %2 elements do not fit dtype %3 (block size %4)</source>
        <translation>%1: %2 Elemente passen nicht zu dtype %3 (Blockgröße %4)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufreader.cpp" line="112"/>
        <location filename="../core/tensor/tensor.cpp" line="53"/>
        <source>%1: no storage</source>
        <translation>%1: kein Speicher</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="57"/>
        <source>%1: data range [%2, %3) lies outside the %4 bytes available</source>
        <translation>%1: Datenbereich [%2, %3) liegt außerhalb der verfügbaren %4 Bytes</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="89"/>
        <source>%1: %2 bytes given, %3 expected</source>
        <translation>%1: %2 Bytes angegeben, %3 erwartet</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="49"/>
        <source>no weight tensor</source>
        <translation>kein Gewichtstensor</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="53"/>
        <source>default: embeddings keep their precision</source>
        <translation>Standard: Embeddings behalten ihre Genauigkeit</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="57"/>
        <source>default: the output head keeps its precision</source>
        <translation>Standard: der Ausgabekopf behält seine Genauigkeit</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="62"/>
        <source>default: norms keep their precision</source>
        <translation>Standard: Normalisierungsschichten behalten ihre Genauigkeit</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="66"/>
        <source>default: only Dense and Conv layers are compressed</source>
        <translation>Standard: nur Dense- und Conv-Schichten werden komprimiert</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="71"/>
        <source>default: 1-D weights keep their precision</source>
        <translation>Standard: eindimensionale Gewichte behalten ihre Genauigkeit</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="92"/>
        <source>rules[%1].match: the regular expression does not compile: %2</source>
        <translation>rules[%1].match: der reguläre Ausdruck lässt sich nicht kompilieren: %2</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="145"/>
        <source>%1: skipped, it has no weight to compress</source>
        <translation>%1: übersprungen, da kein Gewicht zum Komprimieren vorhanden ist</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="171"/>
        <source>%1: pruning and low-rank need a matrix; only quantizing this 1-D weight</source>
        <translation>%1: Pruning und Low-Rank brauchen eine Matrix; dieses eindimensionale Gewicht wird nur quantisiert</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="180"/>
        <source>%1: no method set</source>
        <translation>%1: keine Methode festgelegt</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="190"/>
        <source>rules[%1].match: &quot;%2&quot; matches no layer of %3</source>
        <translation>rules[%1].match: &quot;%2&quot; passt auf keine Schicht in %3</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="192"/>
        <source>rules[%1].match: &quot;%2&quot; with these ops matches no layer of %3</source>
        <translation>rules[%1].match: &quot;%2&quot; passt mit diesen Operationsarten auf keine Schicht in %3</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="198"/>
        <source>the model</source>
        <translation>dem Modell</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="32"/>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="36"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="39"/>
        <source>%1 bytes is larger than Pare reads as data</source>
        <translation>%1 Bytes sind mehr, als Pare als Daten einliest</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="50"/>
        <source>zlib initialisation failed</source>
        <translation>Initialisierung von zlib fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="63"/>
        <source>gzip data is corrupt at compressed offset %1</source>
        <translation>gzip-Daten sind bei komprimiertem Offset %1 beschädigt</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="72"/>
        <source>gzip data inflates beyond 4 GB</source>
        <translation>gzip-Daten entpacken sich auf mehr als 4 GB</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="78"/>
        <source>gzip data is truncated at offset %1</source>
        <translation>gzip-Daten sind bei Offset %1 abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="91"/>
        <source>not an IDX file (bad magic at offset 0)</source>
        <translation>keine IDX-Datei (falsches Magic bei Offset 0)</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="103"/>
        <source>IDX element type 0x%1 at offset 2 is unknown</source>
        <translation>IDX-Elementtyp 0x%1 bei Offset 2 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="109"/>
        <source>IDX rank %1 at offset 3 is invalid or the header is truncated</source>
        <translation>IDX-Rang %1 bei Offset 3 ist ungültig oder der Header ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="122"/>
        <source>IDX dimensions %1 need %2 data bytes, the file has %3 after offset %4</source>
        <translation>IDX-Dimensionen %1 brauchen %2 Datenbytes, die Datei hat %3 nach Offset %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="186"/>
        <source>labels have shape %1; expected one integer per example</source>
        <translation>Labels haben die Form %1; erwartet wird eine ganze Zahl pro Beispiel</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="193"/>
        <source>label %1 at index %2 is not a non-negative integer</source>
        <translation>Label %1 bei Index %2 ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="225"/>
        <source>line %1 has a non-numeric field</source>
        <translation>Zeile %1 hat ein nicht numerisches Feld</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="232"/>
        <source>line %1 has %2 fields, earlier lines %3</source>
        <translation>Zeile %1 hat %2 Felder, frühere Zeilen %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="240"/>
        <source>label column %1 does not exist (%2 columns)</source>
        <translation>Label-Spalte %1 existiert nicht (%2 Spalten)</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="249"/>
        <source>line %1: label %2 is not a non-negative integer</source>
        <translation>Zeile %1: Label %2 ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="262"/>
        <source>no numeric rows</source>
        <translation>keine numerischen Zeilen</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="301"/>
        <source>holds no arrays</source>
        <translation>enthält keine Arrays</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="358"/>
        <source>the text has %1 bytes; evaluation needs at least 2</source>
        <translation>der Text hat %1 Bytes; die Auswertung braucht mindestens 2</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="384"/>
        <source>holds no examples (shape %1)</source>
        <translation>enthält keine Beispiele (Form %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/datasets.cpp" line="389"/>
        <location filename="../core/runtime/evaluator.cpp" line="217"/>
        <source>%1 labels for %n example(s)</source>
        <translation>
            <numerusform>%1 Labels für %n Beispiel</numerusform>
            <numerusform>%1 Labels für %n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="401"/>
        <source>the model input &apos;%1&apos; has shape %2; expected a batch axis and features</source>
        <translation>der Modelleingang &apos;%1&apos; hat die Form %2; erwartet werden eine Batch-Achse und Merkmale</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="413"/>
        <source>model input %1 has more than one free dimension</source>
        <translation>Modelleingang %1 hat mehr als eine freie Dimension</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="426"/>
        <source>examples of shape %1 (%2 values each) do not fit the model input &apos;%3&apos; %4</source>
        <translation>Beispiele der Form %1 (je %2 Werte) passen nicht zum Modelleingang &apos;%3&apos; %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="455"/>
        <source>--%1 has %2 values for %3 channels</source>
        <translation>--%1 hat %2 Werte für %3 Kanäle</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="465"/>
        <source>--std values must be positive</source>
        <translation>--std-Werte müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="136"/>
        <source>%1: field &apos;%2&apos; is missing or has the wrong type</source>
        <translation>%1: Feld &apos;%2&apos; fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="226"/>
        <source>tensor statistics &apos;%1&apos;</source>
        <translation>Tensorstatistik &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="271"/>
        <source>tensor statistics options</source>
        <translation>Optionen der Tensorstatistik</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="307"/>
        <source>channel statistics</source>
        <translation>Kanalstatistik</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="399"/>
        <source>model analysis</source>
        <translation>Modellanalyse</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="401"/>
        <source>model analysis summary</source>
        <translation>Zusammenfassung der Modellanalyse</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="409"/>
        <source>model analysis byDtype</source>
        <translation>Modellanalyse byDtype</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="415"/>
        <source>model analysis layerShares</source>
        <translation>Modellanalyse layerShares</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="439"/>
        <source>lint warning</source>
        <translation>Lint-Warnung</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="542"/>
        <source>%1: analysis cache</source>
        <translation>%1: Analyse-Cache</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="587"/>
        <source>%1: stats[%2] is not an object</source>
        <translation>%1: stats[%2] ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="606"/>
        <source>%1: channels[%2] is not an object</source>
        <translation>%1: channels[%2] ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/analysis/histogram.cpp" line="43"/>
        <source>Histogram bins must be %1 to %2 (got %3)</source>
        <translation>Das Histogramm braucht %1 bis %2 Klassen (erhalten: %3)</translation>
    </message>
    <message>
        <location filename="../core/analysis/histogram.cpp" line="47"/>
        <source>Histogram range needs both a low and a high end</source>
        <translation>Der Histogrammbereich braucht ein unteres und ein oberes Ende</translation>
    </message>
    <message>
        <location filename="../core/analysis/histogram.cpp" line="50"/>
        <source>Histogram range [%1, %2] must be finite with low &lt; high</source>
        <translation>Der Histogrammbereich [%1, %2] muss endlich sein, mit unterem Ende &lt; oberem Ende</translation>
    </message>
    <message>
        <location filename="../core/analysis/spectrum.cpp" line="51"/>
        <source>%1: a spectrum needs a matrix, not shape [%2]</source>
        <translation>%1: Ein Spektrum braucht eine Matrix, nicht die Form [%2]</translation>
    </message>
    <message>
        <location filename="../core/analysis/spectrum.cpp" line="55"/>
        <source>%1: spectrum size must be positive (got %2)</source>
        <translation>%1: Die Spektrumgröße muss positiv sein (erhalten: %2)</translation>
    </message>
    <message>
        <location filename="../core/analysis/spectrum.cpp" line="59"/>
        <source>%1: %2 elements are too many for a spectrum (limit %3)</source>
        <translation>%1: %2 Elemente sind zu viele für ein Spektrum (Grenze %3)</translation>
    </message>
    <message>
        <location filename="../core/analysis/spectrum.cpp" line="100"/>
        <source>%1: the weight holds NaN or Inf; no spectrum</source>
        <translation>%1: Das Gewicht enthält NaN oder Inf; kein Spektrum</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="157"/>
        <source>no calibration norms for this layer: pruned by magnitude instead of Wanda</source>
        <translation>keine Kalibrierungsnormen für diese Schicht: nach Betrag statt mit Wanda geprunt</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="173"/>
        <source>no consumer layer known: pruned channels stored as zero rows</source>
        <translation>keine nachfolgende Schicht bekannt: geprunte Kanäle als Nullzeilen gespeichert</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="244"/>
        <source>compress: %1 plans for %2 layers</source>
        <translation>compress: %1 Pläne für %2 Schichten</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="255"/>
        <source>compress: plan %1 is for layer %2</source>
        <translation>compress: Plan %1 gehört zu Schicht %2</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="260"/>
        <source>weight shared with an earlier layer: compressed there</source>
        <translation>Gewicht mit einer früheren Schicht geteilt: dort komprimiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/compress/compressor.cpp" line="285"/>
        <source>%n of %1 channels removed; inputs of %2 removed too</source>
        <translation>
            <numerusform>%n von %1 Kanälen entfernt; Eingänge von %2 ebenfalls entfernt</numerusform>
            <numerusform>%n von %1 Kanälen entfernt; Eingänge von %2 ebenfalls entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="298"/>
        <source>inputs removed with the channels of %1; error over the kept inputs</source>
        <translation>Eingänge mit den Kanälen von %1 entfernt; Fehler über die verbliebenen Eingänge</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="323"/>
        <source>global threshold: %1 % of this layer pruned</source>
        <translation>globaler Schwellwert: %1 % dieser Schicht geprunt</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="417"/>
        <source>inputs removed</source>
        <translation>Eingänge entfernt</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="426"/>
        <source>Compressed %1 (%2 of %3)</source>
        <translation>%1 komprimiert (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="112"/>
        <source>unknown value format &quot;%1&quot;</source>
        <translation>unbekanntes Werteformat &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="115"/>
        <source>bits, group_size or count missing or out of range</source>
        <translation>bits, group_size oder count fehlt oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="117"/>
        <source>count %1 does not match the %2 values the structure holds</source>
        <translation>count %1 passt nicht zu den %2 Werten der Struktur</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="124"/>
        <source>count %1 needs more data than the %2 bytes of parts</source>
        <translation>count %1 braucht mehr Daten als die %2 Bytes der Teile</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="135"/>
        <source>unknown granularity &quot;%1&quot;</source>
        <translation>unbekannte Granularität &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="137"/>
        <source>group granularity needs a group_size</source>
        <translation>Gruppengranularität braucht eine group_size</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="143"/>
        <source>inconsistent float block description</source>
        <translation>widersprüchliche Beschreibung eines Gleitkommablocks</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="145"/>
        <source>%1 values need more data than the parts hold</source>
        <translation>%1 Werte brauchen mehr Daten, als die Teile enthalten</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="151"/>
        <source>inconsistent FP8 block description</source>
        <translation>widersprüchliche Beschreibung eines FP8-Blocks</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="154"/>
        <location filename="../core/compress/encoding.cpp" line="164"/>
        <source>%1 values in %2 segments need more data than the parts hold</source>
        <translation>%1 Werte in %2 Segmenten brauchen mehr Daten, als die Teile enthalten</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="161"/>
        <source>integer bits %1 out of range [2, 8]</source>
        <translation>Ganzzahl-Bits %1 außerhalb des Bereichs [2, 8]</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="184"/>
        <source>%1: part &quot;%2&quot; has %3 bytes, the description needs %4</source>
        <translation>%1: Teil &quot;%2&quot; hat %3 Bytes, die Beschreibung verlangt %4</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="193"/>
        <source>%1: part &quot;%2&quot; is missing</source>
        <translation>%1: Teil &quot;%2&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="478"/>
        <location filename="../core/compress/encoding.cpp" line="514"/>
        <source>encoded tensor</source>
        <translation>kodierter Tensor</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="481"/>
        <source>not a Pare encoding (magic bytes at offset 0)</source>
        <translation>keine Pare-Kodierung (Magic Bytes bei Offset 0)</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="485"/>
        <source>version %1 at offset 4 is not supported</source>
        <translation>Version %1 bei Offset 4 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="487"/>
        <source>description length %1 at offset 8 runs past the end</source>
        <translation>Beschreibungslänge %1 bei Offset 8 reicht über das Ende hinaus</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="491"/>
        <source>description at offset 12 is not a JSON object</source>
        <translation>Beschreibung bei Offset 12 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="499"/>
        <source>part &quot;%1&quot; at offset %2 runs past the end</source>
        <translation>Teil &quot;%1&quot; bei Offset %2 reicht über das Ende hinaus</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="507"/>
        <source>%1 trailing bytes after the last part at offset %2</source>
        <translation>%1 überzählige Bytes nach dem letzten Teil bei Offset %2</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="528"/>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unbekannte Kodierung &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="533"/>
        <source>rows / cols missing or out of range</source>
        <translation>rows / cols fehlt oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="539"/>
        <source>the %1×%2 structure needs more data than the %3 bytes of parts</source>
        <translation>die %1×%2-Struktur braucht mehr Daten als die %3 Bytes der Teile</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="544"/>
        <source>stored_rows differs from rows without a kept_rows list</source>
        <translation>stored_rows weicht von rows ab, ohne dass es eine kept_rows-Liste gibt</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="548"/>
        <source>stored_cols differs from cols without a kept_cols list</source>
        <translation>stored_cols weicht von cols ab, ohne dass es eine kept_cols-Liste gibt</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="553"/>
        <source>kept_rows[%1] = %2 is out of order or range</source>
        <translation>kept_rows[%1] = %2 ist außer der Reihe oder außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="556"/>
        <source>kept_cols[%1] = %2 is out of order or range</source>
        <translation>kept_cols[%1] = %2 ist außer der Reihe oder außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="571"/>
        <source>nnz missing or larger than the matrix</source>
        <translation>nnz fehlt oder ist größer als die Matrix</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="580"/>
        <source>index_bits must be 16 (at most 65536 columns) or 32</source>
        <translation>index_bits muss 16 (höchstens 65536 Spalten) oder 32 sein</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="587"/>
        <source>row_ptr must run from 0 to nnz = %1</source>
        <translation>row_ptr muss von 0 bis nnz = %1 laufen</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="590"/>
        <source>row_ptr[%1] decreases</source>
        <translation>row_ptr[%1] nimmt ab</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="595"/>
        <source>col_idx[%1] = %2 is not below %3 columns</source>
        <translation>col_idx[%1] = %2 liegt nicht unter %3 Spalten</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="605"/>
        <source>bitmap has bits set past the matrix</source>
        <translation>die Bitmap hat gesetzte Bits jenseits der Matrix</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="607"/>
        <source>bitmap holds %1 set bits for nnz = %2</source>
        <translation>die Bitmap enthält %1 gesetzte Bits bei nnz = %2</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="614"/>
        <source>n and m must satisfy 1 ≤ n &lt; m ≤ 32</source>
        <translation>n und m müssen 1 ≤ n &lt; m ≤ 32 erfüllen</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="633"/>
        <source>nm_idx[%1] points past its run of %2</source>
        <translation>nm_idx[%1] zeigt über seinen Lauf von %2 hinaus</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="640"/>
        <source>rank must be between 1 and min(rows, cols)</source>
        <translation>rank muss zwischen 1 und min(rows, cols) liegen</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="661"/>
        <source>unexpected part &quot;%1&quot;</source>
        <translation>unerwarteter Teil &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/estimator.cpp" line="87"/>
        <source>%1: the layer has no weight tensor</source>
        <translation>%1: Die Schicht hat keinen Gewichtstensor</translation>
    </message>
    <message>
        <location filename="../core/compress/estimator.cpp" line="90"/>
        <location filename="../core/compress/weightmatrix.cpp" line="18"/>
        <source>%1: weight %2 of shape %3 has no out × in reading</source>
        <translation>%1: Gewicht %2 der Form %3 lässt sich nicht als out × in lesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/compress/estimator.cpp" line="247"/>
        <source>%n channel(s) removed</source>
        <translation>
            <numerusform>%n Kanal entfernt</numerusform>
            <numerusform>%n Kanäle entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/compress/estimator.cpp" line="310"/>
        <source>rank %1 would not save space; kept dense</source>
        <translation>Rang %1 würde keinen Platz sparen; dicht belassen</translation>
    </message>
    <message>
        <location filename="../core/compress/estimator.cpp" line="424"/>
        <source>weight shared with %1: counted there</source>
        <translation>Gewicht mit %1 geteilt: dort gezählt</translation>
    </message>
    <message>
        <location filename="../core/compress/lowrank.cpp" line="116"/>
        <source>rank %1 would not save space on %2×%3 (r·(m+n) ≥ m·n); kept dense</source>
        <translation>Rang %1 würde bei %2×%3 keinen Platz sparen (r·(m+n) ≥ m·n); dicht belassen</translation>
    </message>
    <message>
        <location filename="../core/compress/pruner.cpp" line="172"/>
        <source>activation-aware pruning: %1 input norms for a %2×%3 weight</source>
        <translation>aktivierungsbasiertes Pruning: %1 Eingangsnormen für ein %2×%3-Gewicht</translation>
    </message>
    <message>
        <location filename="../core/compress/quantizer.cpp" line="377"/>
        <source>a quantization scale exceeds the F16 range (|w| too large for int%1)</source>
        <translation>eine Quantisierungsskala überschreitet den F16-Bereich (|w| zu groß für int%1)</translation>
    </message>
    <message>
        <location filename="../core/compress/weightmatrix.cpp" line="24"/>
        <source>%1: weight %2 element %3 is %4; cannot compress non-finite values</source>
        <translation>%1: Gewicht %2, Element %3 ist %4; nicht endliche Werte lassen sich nicht komprimieren</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="54"/>
        <source>no output path given</source>
        <translation>kein Ausgabepfad angegeben</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="60"/>
        <source>%1: refusing to write over the input model %2</source>
        <translation>%1: Das Eingabemodell %2 wird nicht überschrieben</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="64"/>
        <source>%1: already exists (use --force to replace it)</source>
        <translation>%1: existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="77"/>
        <source>%1: exists and is not a directory</source>
        <translation>%1: existiert und ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="78"/>
        <source>%1: exists and is a directory</source>
        <translation>%1: existiert und ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="81"/>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: Der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="104"/>
        <source>%1: cannot replace the folder: %2</source>
        <translation>%1: Der Ordner kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="113"/>
        <source>%1: appeared while exporting (use --force to replace it)</source>
        <translation>%1: ist während des Exports entstanden (mit --force ersetzen)</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="119"/>
        <source>%1: cannot rename into place: %2</source>
        <translation>%1: kann nicht an seinen Platz umbenannt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="212"/>
        <source>tokenizer: BPE from tokenizer.json (%1 tokens, %2 merges)</source>
        <translation>Tokenizer: BPE aus tokenizer.json (%1 Tokens, %2 Merges)</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="228"/>
        <source>tokenizer: no tokenizer.json; wrote a byte vocabulary (token b = byte b)</source>
        <translation>Tokenizer: keine tokenizer.json; Byte-Vokabular geschrieben (Token b = Byte b)</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="292"/>
        <source>pruning (%1) is not representable; llama.cpp keeps the weights dense</source>
        <translation>Pruning (%1) ist nicht darstellbar; llama.cpp behält die Gewichte dicht</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="294"/>
        <source>low-rank (%1) is not representable; llama.cpp keeps the weights dense</source>
        <translation>Low-Rank (%1) ist nicht darstellbar; llama.cpp behält die Gewichte dicht</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="299"/>
        <source>kept at full precision (written as F16)</source>
        <translation>in voller Genauigkeit belassen (als F16 geschrieben)</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="316"/>
        <source>%1 has no ggml type; Q8_0 is the nearest</source>
        <translation>%1 hat keinen ggml-Typ; Q8_0 kommt am nächsten</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="324"/>
        <source>asymmetric 8-bit has no ggml weight type; Q8_0 is symmetric</source>
        <translation>asymmetrisches 8 Bit hat keinen ggml-Gewichtstyp; Q8_0 ist symmetrisch</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="329"/>
        <source>6-bit maps to Q6_K (super-blocks of 256, 6.56 bits/weight)</source>
        <translation>6 Bit wird zu Q6_K (Superblöcke zu 256, 6,56 Bit/Gewicht)</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="337"/>
        <source>3-bit maps to Q3_K (super-blocks of 256)</source>
        <translation>3 Bit wird zu Q3_K (Superblöcke zu 256)</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="341"/>
        <source>%1-bit maps to Q2_K (super-blocks of 256)</source>
        <translation>%1 Bit wird zu Q2_K (Superblöcke zu 256)</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="346"/>
        <source>%1: ggml blocks are groups of 32 with F16 scales</source>
        <translation>%1: ggml-Blöcke sind Gruppen zu 32 mit F16-Skalen</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="350"/>
        <source>llama-quantize rounds to nearest without MSE clipping</source>
        <translation>llama-quantize rundet auf den nächsten Wert, ohne MSE-Clipping</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="355"/>
        <source>%1 inputs are not a multiple of 32; llama-quantize falls back</source>
        <translation>%1 Eingänge sind kein Vielfaches von 32; llama-quantize weicht aus</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="429"/>
        <source>%1: GGUF export needs a gpt2 or llama language model from a Hugging Face directory or a GGUF file (this is %2, architecture &apos;%3&apos;)</source>
        <translation>%1: Der GGUF-Export braucht ein gpt2- oder llama-Sprachmodell aus einem Hugging-Face-Verzeichnis oder einer GGUF-Datei (dies ist %2, Architektur &apos;%3&apos;)</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="464"/>
        <source>%1: not loaded by llama.cpp, left out</source>
        <translation>%1: wird von llama.cpp nicht geladen, ausgelassen</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="476"/>
        <source>%1: config.json lacks num_attention_heads, needed to reorder %2</source>
        <translation>%1: config.json fehlt num_attention_heads, nötig zum Umordnen von %2</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="512"/>
        <source>%1: %2 with offsets rounded to F16 (−zero·scale is not exact in F16 for some groups)</source>
        <translation>%1: %2 mit auf F16 gerundeten Offsets (−zero·scale ist in F16 für einige Gruppen nicht exakt)</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="520"/>
        <source>%1: %2 has no ggml block format; written as its reconstruction in F16</source>
        <translation>%1: %2 hat kein ggml-Blockformat; als seine Rekonstruktion in F16 geschrieben</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="622"/>
        <source>config.json rope_scaling is not carried over</source>
        <translation>config.json rope_scaling wird nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="42"/>
        <source>cannot copy %1</source>
        <translation>%1 kann nicht kopiert werden</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="46"/>
        <source>%1: not an HDF5 file</source>
        <translation>%1: keine HDF5-Datei</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="50"/>
        <source>cannot list the datasets</source>
        <translation>Die Datensätze lassen sich nicht auflisten</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="74"/>
        <source>%1: %2 float datasets named &apos;%3&apos; with %4 values</source>
        <translation>%1: %2 Gleitkomma-Datensätze namens &apos;%3&apos; mit %4 Werten</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="85"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="88"/>
        <source>cannot close the file</source>
        <translation>Die Datei kann nicht geschlossen werden</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="44"/>
        <source>not a valid ONNX model protobuf</source>
        <translation>kein gültiges ONNX-Modell-Protobuf</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="52"/>
        <source>%1: cannot serialize the ONNX model</source>
        <translation>%1: Das ONNX-Modell kann nicht serialisiert werden</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="84"/>
        <source>&apos;%1&apos; is not an initializer of the main graph</source>
        <translation>&apos;%1&apos; ist kein Initializer des Hauptgraphen</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="87"/>
        <source>%1: initializer &apos;%2&apos; is not FLOAT; only FLOAT weights are replaced</source>
        <translation>%1: Initializer &apos;%2&apos; ist nicht FLOAT; nur FLOAT-Gewichte werden ersetzt</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="92"/>
        <source>initializer &apos;%1&apos; has %2 values, its replacement %3</source>
        <translation>Initializer &apos;%1&apos; hat %2 Werte, sein Ersatz %3</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="223"/>
        <source>%1: ONNX Q/DQ export needs an ONNX model (this is %2)</source>
        <translation>%1: Der ONNX-Q/DQ-Export braucht ein ONNX-Modell (dies ist %2)</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="374"/>
        <source>%1: %2 written as its float reconstruction (no Q/DQ form for %3)</source>
        <translation>%1: %2 als Gleitkomma-Rekonstruktion geschrieben (keine Q/DQ-Form für %3)</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="397"/>
        <source>opset raised from %1 to %2 for DequantizeLinear</source>
        <translation>Opset von %1 auf %2 angehoben für DequantizeLinear</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="59"/>
        <source>%1: llama-quantize arguments need a language model</source>
        <translation>%1: llama-quantize-Argumente brauchen ein Sprachmodell</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="96"/>
        <source>%1 (%2): plan changed → %3: %4</source>
        <translation>%1 (%2): Plan geändert → %3: %4</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="97"/>
        <source>%1 (%2): plan kept → %3: %4</source>
        <translation>%1 (%2): Plan beibehalten → %3: %4</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="105"/>
        <source>%1: no tensor of this model has a llama.cpp name (gpt2 and llama are supported)</source>
        <translation>%1: Kein Tensor dieses Modells hat einen llama.cpp-Namen (gpt2 und llama werden unterstützt)</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="180"/>
        <source>%1: low-rank (%2) has no llm-compressor modifier; left out</source>
        <translation>%1: Low-Rank (%2) hat keinen llm-compressor-Modifier; ausgelassen</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="184"/>
        <source>%1: channel pruning has no llm-compressor modifier; left out</source>
        <translation>%1: Kanal-Pruning hat keinen llm-compressor-Modifier; ausgelassen</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="197"/>
        <source>%1: %2 is a dtype, not a quantization scheme; set torch_dtype instead</source>
        <translation>%1: %2 ist ein Datentyp, kein Quantisierungsschema; setzen Sie stattdessen torch_dtype</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="230"/>
        <source>global magnitude pruning becomes per-layer pruning at the same sparsity</source>
        <translation>globales Betrags-Pruning wird zu Pruning pro Schicht mit derselben Sparsität</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="257"/>
        <source>fp8_e5m2: llm-compressor&apos;s float8 type is E4M3</source>
        <translation>fp8_e5m2: Der float8-Typ von llm-compressor ist E4M3</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="76"/>
        <source>%1: variant layer &apos;%2&apos; is not in the model</source>
        <translation>%1: Variantenschicht &apos;%2&apos; ist nicht im Modell</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="196"/>
        <source>%1: not a Pare variant (no pare_encodings metadata)</source>
        <translation>%1: keine Pare-Variante (keine pare_encodings-Metadaten)</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="208"/>
        <source>%1: encoding of &apos;%2&apos; lacks its part tensor &apos;%3&apos;</source>
        <translation>%1: Der Kodierung von &apos;%2&apos; fehlt ihr Teiltensor &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="293"/>
        <source>%1: cannot create the directory</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="312"/>
        <source>%1: cannot copy %2</source>
        <translation>%1: %2 kann nicht kopiert werden</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="369"/>
        <source>%1: no decompressed copy from tensors for this format</source>
        <translation>%1: Für dieses Format gibt es keine dekomprimierte Kopie aus Tensoren</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="404"/>
        <source>%1: a decompressed copy of a Keras 3 .keras archive is not supported; export .pare, .safetensors or --hf-dir instead</source>
        <translation>%1: Eine dekomprimierte Kopie eines Keras-3-.keras-Archivs wird nicht unterstützt; exportieren Sie stattdessen .pare, .safetensors oder --hf-dir</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="417"/>
        <source>%1: unknown model format</source>
        <translation>%1: unbekanntes Modellformat</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="438"/>
        <source>%1: cannot create the temporary file: %2</source>
        <translation>%1: Die temporäre Datei kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="448"/>
        <source>%1: writing &apos;%2&apos; failed: %3</source>
        <translation>%1: Schreiben von &apos;%2&apos; fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="510"/>
        <source>%1: a decompressed %2 copy is not written streaming</source>
        <translation>%1: Eine dekomprimierte %2-Kopie wird nicht streamend geschrieben</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="534"/>
        <source>%1: part &apos;%2&apos; has %3 bytes for shape %4</source>
        <translation>%1: Teil &apos;%2&apos; hat %3 Bytes für die Form %4</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="288"/>
        <source>SVD: rank must be positive (got %1)</source>
        <translation>SVD: Der Rang muss positiv sein (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="291"/>
        <source>SVD: oversample (%1) and power iterations (%2) must not be negative</source>
        <translation>SVD: Oversampling (%1) und Potenziterationen (%2) dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="305"/>
        <source>SVD: the %1×%2 matrix contains NaN or Inf</source>
        <translation>SVD: Die %1×%2-Matrix enthält NaN oder Inf</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="309"/>
        <source>Exact SVD of %1×%2</source>
        <translation>Exakte SVD von %1×%2</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="328"/>
        <source>Randomized SVD of %1×%2, pass %3 of %4</source>
        <translation>Randomisierte SVD von %1×%2, Durchgang %3 von %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibration.cpp" line="41"/>
        <source>%1: calibration runs transformer decoders (GPT-2, Llama) and graph models Pare can execute (ONNX, Keras) only</source>
        <translation>%1: Die Kalibrierung führt nur Transformer-Decoder (GPT-2, Llama) und Graphmodelle aus, die Pare ausführen kann (ONNX, Keras)</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibration.cpp" line="70"/>
        <source>calibration: no tokens to run</source>
        <translation>Kalibrierung: keine Tokens zum Ausführen</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="89"/>
        <location filename="../core/runtime/calibrationgraph.cpp" line="166"/>
        <location filename="../core/runtime/calibrationgraph.cpp" line="171"/>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="101"/>
        <source>input %1 against weight %2</source>
        <translation>Eingabe %1 gegen Gewicht %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="130"/>
        <source>window larger than the input %1</source>
        <translation>Fenster größer als die Eingabe %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="160"/>
        <source>a scalar input</source>
        <translation>eine skalare Eingabe</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="195"/>
        <source>%1: the model has no executable graph to calibrate</source>
        <translation>%1: Das Modell hat keinen ausführbaren Graphen zum Kalibrieren</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="251"/>
        <source>%1: calibration: no examples to run</source>
        <translation>%1: Kalibrierung: keine Beispiele zum Ausführen</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibration.cpp" line="81"/>
        <location filename="../core/runtime/calibrationgraph.cpp" line="265"/>
        <source>Calibrating</source>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="282"/>
        <source>%1: layer %2: its node&apos;s inputs do not fit its weight (%3); no calibration statistics for it</source>
        <translation>%1: Schicht %2: Die Eingaben ihres Knotens passen nicht zu ihrem Gewicht (%3); keine Kalibrierungsstatistik für sie</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/decoder.cpp" line="311"/>
        <source>decoder: %n token(s) at position %1 do not fit a cache of %2 positions</source>
        <translation>
            <numerusform>Decoder: %n Token an Position %1 passt nicht in einen Cache mit %2 Positionen</numerusform>
            <numerusform>Decoder: %n Tokens an Position %1 passen nicht in einen Cache mit %2 Positionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/decoder.cpp" line="317"/>
        <source>decoder: position %1 is past the model&apos;s context of %2</source>
        <translation>Decoder: Position %1 liegt hinter dem Kontext des Modells von %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoder.cpp" line="329"/>
        <source>decoder: token %1 at index %2 is outside the vocabulary of %3</source>
        <translation>Decoder: Token %1 bei Index %2 liegt außerhalb des Vokabulars von %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="49"/>
        <location filename="../core/runtime/decoderweights.cpp" line="64"/>
        <source>%1: tensor &apos;%2&apos; is missing</source>
        <translation>%1: Tensor &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="51"/>
        <source>tensor &apos;%1&apos; has shape %2, expected %3 values</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2, erwartet wurden %3 Werte</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="67"/>
        <source>tensor &apos;%1&apos; has shape %2, expected %3</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2, erwartet wurde %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="179"/>
        <source>%1: architecture &apos;%2&apos; is not one the decoder runs (GPT-2 and Llama families from Hugging Face directories or GGUF)</source>
        <translation>%1: Architektur &apos;%2&apos; kann der Decoder nicht ausführen (GPT-2- und Llama-Familien aus Hugging-Face-Verzeichnissen oder GGUF)</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="199"/>
        <source>token embedding &apos;%1&apos; is missing or not a 2-D matrix</source>
        <translation>Token-Embedding &apos;%1&apos; fehlt oder ist keine 2-D-Matrix</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="228"/>
        <source>%1: config.json activation_function &apos;%2&apos; is not supported (gelu_new, gelu_pytorch_tanh, gelu)</source>
        <translation>%1: config.json activation_function &apos;%2&apos; wird nicht unterstützt (gelu_new, gelu_pytorch_tanh, gelu)</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="233"/>
        <source>%1: config.json scale_attn_by_inverse_layer_idx is not supported</source>
        <translation>%1: config.json scale_attn_by_inverse_layer_idx wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="246"/>
        <source>%1: config.json rope_scaling is not supported</source>
        <translation>%1: config.json rope_scaling wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="250"/>
        <source>inconsistent configuration: %1 layers, %2 heads, %3 key/value heads, width %4</source>
        <translation>inkonsistente Konfiguration: %1 Schichten, %2 Heads, %3 Key/Value-Heads, Breite %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="257"/>
        <source>head dimension %1 is odd; RoPE needs pairs</source>
        <translation>Kopfdimension %1 ist ungerade; RoPE braucht Paare</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="267"/>
        <source>position embedding &apos;%1&apos; is missing or not [positions, %2]</source>
        <translation>Positions-Embedding &apos;%1&apos; fehlt oder ist nicht [positions, %2]</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="280"/>
        <source>MLP weight &apos;%1&apos; is missing or not 2-D</source>
        <translation>MLP-Gewicht &apos;%1&apos; fehlt oder ist nicht 2-D</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="94"/>
        <source>evaluation text has %1 bytes; at least 2 are needed</source>
        <translation>Der Auswertungstext hat %1 Bytes; mindestens 2 werden gebraucht</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="97"/>
        <source>the model&apos;s vocabulary has %1 entries; byte-level evaluation needs 256</source>
        <translation>Das Vokabular des Modells hat %1 Einträge; die Auswertung auf Byte-Ebene braucht 256</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="99"/>
        <source>the variant&apos;s vocabulary differs from the original&apos;s</source>
        <translation>Das Vokabular der Variante weicht von dem des Originals ab</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="105"/>
        <source>window must be at least 1</source>
        <translation>Das Fenster muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="160"/>
        <source>window %1 of %2</source>
        <translation>Fenster %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="212"/>
        <source>batch size must be positive, got %1</source>
        <translation>Die Batchgröße muss positiv sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="215"/>
        <source>no examples to evaluate</source>
        <translation>keine Beispiele zum Auswerten</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="224"/>
        <source>model output %1 is not one score row per example</source>
        <translation>Die Modellausgabe %1 ist nicht eine Bewertungszeile pro Beispiel</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="233"/>
        <source>label %1 of example %2 is not below the model&apos;s %3 classes</source>
        <translation>Label %1 von Beispiel %2 liegt nicht unter den %3 Klassen des Modells</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="245"/>
        <source>variant output %1 differs from the original&apos;s %2</source>
        <translation>Die Ausgabe %1 der Variante weicht von der des Originals (%2) ab</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="57"/>
        <source>output shape %1 is invalid or too large</source>
        <translation>Ausgabeform %1 ist ungültig oder zu groß</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="128"/>
        <source>strides and dilations must be between 1 and 4096</source>
        <translation>strides und dilations müssen zwischen 1 und 4096 liegen</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="146"/>
        <source>pads has %1 values, expected 4</source>
        <translation>pads hat %1 Werte, erwartet 4</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="153"/>
        <source>auto_pad &apos;%1&apos; is not supported</source>
        <translation>auto_pad &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="157"/>
        <source>pad %1 is out of range</source>
        <translation>Pad %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="161"/>
        <source>the %1×%2 window is larger than the padded %3×%4 input</source>
        <translation>Das %1×%2-Fenster ist größer als die aufgefüllte %3×%4-Eingabe</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="190"/>
        <source>Gemm needs inputs A and B</source>
        <translation>Gemm braucht die Eingaben A und B</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="193"/>
        <source>Gemm inputs must be 2-D, got %1 and %2</source>
        <translation>Gemm-Eingaben müssen 2-D sein, erhalten: %1 und %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="202"/>
        <source>Gemm inner dimensions differ: A %1%2, B %3%4</source>
        <translation>Die inneren Dimensionen von Gemm unterscheiden sich: A %1%2, B %3%4</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="231"/>
        <source>MatMul needs two inputs</source>
        <translation>MatMul braucht zwei Eingaben</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="234"/>
        <source>MatMul of %1 and %2 is not supported</source>
        <translation>MatMul von %1 und %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="239"/>
        <source>MatMul inner dimensions differ: %1 and %2</source>
        <translation>Die inneren Dimensionen von MatMul unterscheiden sich: %1 und %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="255"/>
        <source>MatMul broadcasting of %1 and %2 is not supported</source>
        <translation>MatMul-Broadcasting von %1 und %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="273"/>
        <source>Conv needs an input and a weight</source>
        <translation>Conv braucht eine Eingabe und ein Gewicht</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="278"/>
        <source>Conv input %1 is not 1-D or 2-D</source>
        <translation>Conv-Eingabe %1 ist nicht 1-D oder 2-D</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="281"/>
        <source>Conv weight %1 does not match a %2-D input</source>
        <translation>Conv-Gewicht %1 passt nicht zu einer %2-D-Eingabe</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="310"/>
        <source>Conv with %1 groups: input has %2 channels, weight %3</source>
        <translation>Conv mit %1 Gruppen: Die Eingabe hat %2 Kanäle, das Gewicht %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="316"/>
        <source>kernel_shape disagrees with the weight %1</source>
        <translation>kernel_shape passt nicht zum Gewicht %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="327"/>
        <source>Conv bias has %1 values for %2 output channels</source>
        <translation>Conv-Bias hat %1 Werte für %2 Ausgabekanäle</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="330"/>
        <source>Conv patch matrix is too large</source>
        <translation>Die Conv-Patch-Matrix ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="363"/>
        <source>pooling needs an input</source>
        <translation>Pooling braucht eine Eingabe</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="367"/>
        <source>pooling input %1 is not 1-D or 2-D</source>
        <translation>Pooling-Eingabe %1 ist nicht 1-D oder 2-D</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="371"/>
        <source>kernel_shape must list %1 sizes between 1 and 4096</source>
        <translation>kernel_shape muss %1 Größen zwischen 1 und 4096 angeben</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="414"/>
        <source>global pooling needs an N×C×… input</source>
        <translation>Globales Pooling braucht eine N×C×…-Eingabe</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="474"/>
        <source>%1 cannot broadcast %2 with %3</source>
        <translation>%1 kann %2 nicht mit %3 broadcasten</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="525"/>
        <source>Softmax axis %1 is outside a rank-%2 input</source>
        <translation>Softmax-Achse %1 liegt außerhalb einer Eingabe vom Rang %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="561"/>
        <source>Flatten axis %1 is outside a rank-%2 input</source>
        <translation>Flatten-Achse %1 liegt außerhalb einer Eingabe vom Rang %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="581"/>
        <source>Reshape shape has two -1 entries</source>
        <translation>Die Reshape-Form hat zwei Einträge -1</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="584"/>
        <source>Reshape shape entry %1 is %2</source>
        <translation>Der Reshape-Formeintrag %1 ist %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="593"/>
        <source>cannot reshape %1 to %2</source>
        <translation>%1 lässt sich nicht in %2 umformen</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="608"/>
        <source>Transpose perm has %1 entries for rank %2</source>
        <translation>Transpose-perm hat %1 Einträge für Rang %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="611"/>
        <source>Transpose perm is not a permutation</source>
        <translation>Transpose-perm ist keine Permutation</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="641"/>
        <source>Concat needs inputs</source>
        <translation>Concat braucht Eingaben</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="647"/>
        <source>Concat axis %1 is outside rank %2</source>
        <translation>Concat-Achse %1 liegt außerhalb von Rang %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="652"/>
        <source>Concat inputs differ in rank</source>
        <translation>Concat-Eingaben haben unterschiedlichen Rang</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="655"/>
        <source>Concat input %1 does not match %2</source>
        <translation>Concat-Eingabe %1 passt nicht zu %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="681"/>
        <source>BatchNormalization needs X, scale, B, mean and var</source>
        <translation>BatchNormalization braucht X, scale, B, mean und var</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="684"/>
        <source>BatchNormalization input %1 has no channel axis</source>
        <translation>BatchNormalization-Eingabe %1 hat keine Kanalachse</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="688"/>
        <source>BatchNormalization parameter %1 has %2 values for %3 channels</source>
        <translation>BatchNormalization-Parameter %1 hat %2 Werte für %3 Kanäle</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="713"/>
        <source>LayerNormalization needs X and scale</source>
        <translation>LayerNormalization braucht X und scale</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="720"/>
        <source>LayerNormalization axis is outside rank %1</source>
        <translation>LayerNormalization-Achse liegt außerhalb von Rang %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="725"/>
        <source>LayerNormalization scale/bias do not have %1 values</source>
        <translation>LayerNormalization scale/bias haben nicht %1 Werte</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="752"/>
        <source>Gather is supported on axis 0 only</source>
        <translation>Gather wird nur auf Achse 0 unterstützt</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="764"/>
        <source>Gather index %1 is outside %2 rows</source>
        <translation>Gather-Index %1 liegt außerhalb von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/runtime/latencybench.cpp" line="96"/>
        <source>latency bench: batch and repeats must be positive</source>
        <translation>Latenzmessung: Batch und Wiederholungen müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../core/runtime/latencybench.cpp" line="215"/>
        <source>%1: no dense layer to benchmark</source>
        <translation>%1: keine Dense-Schicht zum Messen</translation>
    </message>
    <message>
        <location filename="../core/runtime/latencybench.cpp" line="216"/>
        <source>%1: no dense layer to benchmark matches &apos;%2&apos;</source>
        <translation>%1: keine Dense-Schicht zum Messen passt zu &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="18"/>
        <source>%1: no tensor &apos;%2&apos;</source>
        <translation>%1: kein Tensor &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="24"/>
        <source>%1: override for tensor &apos;%2&apos; has %3 values, the tensor has %4</source>
        <translation>%1: Überschreibung für Tensor &apos;%2&apos; hat %3 Werte, der Tensor hat %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="42"/>
        <source>%1: variant layer &apos;%2&apos; has index %3 outside the model</source>
        <translation>%1: Variantenschicht &apos;%2&apos; hat den Index %3 außerhalb des Modells</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="48"/>
        <source>%1: layer &apos;%2&apos; has no weight tensor</source>
        <translation>%1: Schicht &apos;%2&apos; hat keinen Gewichtstensor</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="53"/>
        <source>%1: encoding of &apos;%2&apos; decodes to %3 values, the weight has %4</source>
        <translation>%1: Kodierung von &apos;%2&apos; ergibt dekodiert %3 Werte, das Gewicht hat %4</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="44"/>
        <source>budget &apos;%1&apos;: %2</source>
        <translation>Budget &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="47"/>
        <source>expected a number and a unit: 1.5GB, 800MB, 4.5bpw, 4x, 30ms</source>
        <translation>erwartet werden eine Zahl und eine Einheit: 1.5GB, 800MB, 4.5bpw, 4x, 30ms</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="51"/>
        <source>the number must be positive</source>
        <translation>Die Zahl muss positiv sein</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="63"/>
        <source>less than one byte</source>
        <translation>weniger als ein Byte</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="69"/>
        <source>more than 64 bits per weight</source>
        <translation>mehr als 64 Bit pro Gewicht</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="75"/>
        <source>a compression ratio must be at least 1x</source>
        <translation>Ein Kompressionsverhältnis muss mindestens 1x sein</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="81"/>
        <source>more than 100 % of the original size</source>
        <translation>mehr als 100 % der ursprünglichen Größe</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="93"/>
        <source>missing unit (B, kB, MB, GB, KiB, MiB, GiB, bpw, x, %, ms, us)</source>
        <translation>Einheit fehlt (B, kB, MB, GB, KiB, MiB, GiB, bpw, x, %, ms, us)</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="94"/>
        <source>unknown unit &apos;%1&apos; (B, kB, MB, GB, KiB, MiB, GiB, bpw, x, %, ms, us)</source>
        <translation>unbekannte Einheit &apos;%1&apos; (B, kB, MB, GB, KiB, MiB, GiB, bpw, x, %, ms, us)</translation>
    </message>
    <message>
        <location filename="../core/solve/knapsack.cpp" line="137"/>
        <source>knapsack: group %1 has no option</source>
        <translation>Rucksack: Gruppe %1 hat keine Option</translation>
    </message>
    <message>
        <location filename="../core/solve/knapsack.cpp" line="142"/>
        <source>knapsack: group %1 has an option without a finite cost and damage</source>
        <translation>Rucksack: Gruppe %1 hat eine Option ohne endliche Kosten und endlichen Schaden</translation>
    </message>
    <message>
        <location filename="../core/solve/knapsack.cpp" line="149"/>
        <source>budget infeasible: the cheapest choice costs %1, the budget allows %2</source>
        <translation>Budget nicht erfüllbar: Die günstigste Wahl kostet %1, das Budget erlaubt %2</translation>
    </message>
    <message>
        <location filename="../core/solve/knapsack.cpp" line="175"/>
        <source>knapsack: more than 255 options in a group</source>
        <translation>Rucksack: mehr als 255 Optionen in einer Gruppe</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="62"/>
        <source>solver options: the first option must be &apos;keep&apos;</source>
        <translation>Solver-Optionen: Die erste Option muss &apos;keep&apos; sein</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="101"/>
        <source>%1: no layer the solver could compress (Dense or Conv weights)</source>
        <translation>%1: keine Schicht, die der Solver komprimieren könnte (Dense- oder Conv-Gewichte)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="105"/>
        <source>relative error² × parameters</source>
        <translation>relativer Fehler² × Parameter</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="107"/>
        <source>output error² (≈ relative × parameters)</source>
        <translation>Ausgabefehler² (≈ relativ × Parameter)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="110"/>
        <source>accuracy drop + output error²</source>
        <translation>Genauigkeitsverlust + Ausgabefehler²</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="111"/>
        <source>KL divergence, nats</source>
        <translation>KL-Divergenz, nats</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="146"/>
        <source>%1: end-to-end damage needs evaluation data (none given, not a demo model)</source>
        <translation>%1: Ende-zu-Ende-Schaden braucht Auswertungsdaten (keine angegeben, kein Demomodell)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="151"/>
        <source>%1: cannot execute operators %2</source>
        <translation>%1: Operatoren %2 können nicht ausgeführt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/sensitivity.cpp" line="174"/>
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n Beispiel)</numerusform>
            <numerusform>%1 (%n Beispiele)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="181"/>
        <source>not executable here: %1</source>
        <translation>hier nicht ausführbar: %1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="262"/>
        <source>evaluation text: at least 2 bytes are needed</source>
        <translation>Auswertungstext: Es werden mindestens 2 Bytes benötigt</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="316"/>
        <source>given input statistics</source>
        <translation>vorgegebene Eingabestatistik</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="320"/>
        <source>%1: output-level damage needs each layer&apos;s calibration inputs, which Pare records for transformer decoders (GPT-2, Llama) and executable graph models (ONNX, Keras) only; use --damage weight or e2e</source>
        <translation>%1: Schaden auf Ausgabeebene braucht die Kalibrierungseingaben jeder Schicht, die Pare nur für Transformer-Decoder (GPT-2, Llama) und ausführbare Graphmodelle (ONNX, Keras) aufzeichnet; verwenden Sie --damage weight oder e2e</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="329"/>
        <source>%1: output-level damage needs calibration examples (--data FILE): none given and not a demo model</source>
        <translation>%1: Schaden auf Ausgabeebene braucht Kalibrierungsbeispiele (--data DATEI): keine angegeben und kein Demomodell</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="333"/>
        <source>%1: output-level damage needs calibration text (--data TEXT): none given and not a demo model</source>
        <translation>%1: Schaden auf Ausgabeebene braucht einen Kalibrierungstext (--data TEXT): keiner angegeben und kein Demomodell</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="349"/>
        <source>%1 (up to its last %2 examples, calibration)</source>
        <translation>%1 (bis zu seinen letzten %2 Beispielen, Kalibrierung)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="353"/>
        <source>%1 (first %2 bytes, calibration)</source>
        <translation>%1 (erste %2 Bytes, Kalibrierung)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="358"/>
        <source>output-level damage: %1 input statistics for %2 layers</source>
        <translation>Schaden auf Ausgabeebene: %1 Eingabestatistiken für %2 Schichten</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="378"/>
        <source>%1: output-level damage: no layer has calibration inputs with any energy</source>
        <translation>%1: Schaden auf Ausgabeebene: Keine Schicht hat Kalibrierungseingaben mit Energie größer null</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="386"/>
        <source>no calibration inputs for %1: weight-level damage used there</source>
        <translation>keine Kalibrierungseingaben für %1: dort wird Schaden auf Gewichtsebene verwendet</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="389"/>
        <source>input Gram matrix too large for %1: its diagonal only (columns taken as uncorrelated)</source>
        <translation>Gram-Matrix der Eingaben zu groß für %1: nur ihre Diagonale (Spalten als unkorreliert angenommen)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="448"/>
        <source>Propagation gain of %1</source>
        <translation>Ausbreitungsverstärkung von %1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="460"/>
        <source>output error² × propagation gain (relative model output error²)</source>
        <translation>Ausgabefehler² × Ausbreitungsverstärkung (relativer Fehler² der Modellausgabe)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="462"/>
        <source>output error² × propagation gain (KL divergence, nats)</source>
        <translation>Ausgabefehler² × Ausbreitungsverstärkung (KL-Divergenz, nats)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="464"/>
        <source>output damage scaled per layer by its end-to-end damage over its output damage for %1 (language models: on the calibration text; graph models: on the data&apos;s first examples)</source>
        <translation>Schaden auf Ausgabeebene, pro Schicht skaliert mit ihrem End-to-End-Schaden geteilt durch ihren Ausgabeschaden für %1 (Sprachmodelle: auf dem Kalibrierungstext; Graphmodelle: auf den ersten Beispielen der Daten)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="484"/>
        <source>%1: decoded %2 values for a %3 × %4 weight</source>
        <translation>%1: %2 Werte für ein %3 × %4-Gewicht dekodiert</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="499"/>
        <source>%1: no weight</source>
        <translation>%1: kein Gewicht</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="537"/>
        <source>latency of %1 not measured: %2</source>
        <translation>Latenz von %1 nicht gemessen: %2</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="553"/>
        <source>solver option %1</source>
        <translation>Solver-Option %1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="571"/>
        <source>not in this sweep step</source>
        <translation>nicht in diesem Durchlaufschritt</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/sensitivity.cpp" line="592"/>
        <source>Resuming the sweep from %1 (%2 of %n cell(s) done)</source>
        <translation>
            <numerusform>Durchlauf wird aus %1 fortgesetzt (%2 von %n Zelle erledigt)</numerusform>
            <numerusform>Durchlauf wird aus %1 fortgesetzt (%2 von %n Zellen erledigt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="611"/>
        <source>Latency of the original layers</source>
        <translation>Latenz der ursprünglichen Schichten</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="638"/>
        <source>original kernel timed per layer; options scaled by bytes</source>
        <translation>ursprünglicher Kernel pro Schicht gemessen; Optionen nach Bytes skaliert</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="228"/>
        <source>bytes ÷ measured streaming bandwidth (%1 GB/s)</source>
        <translation>Bytes ÷ gemessene Streaming-Bandbreite (%1 GB/s)</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="661"/>
        <source>kernels timed: each layer&apos;s original, and each option&apos;s kernel once per (shape, kernel) — layers of one shape share the measurement</source>
        <translation>Kernel gemessen: das Original jeder Schicht und der Kernel jeder Option einmal pro (Form, Kernel) — Schichten gleicher Form teilen sich die Messung</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="689"/>
        <source>Compressing every layer: %1</source>
        <translation>Alle Schichten komprimieren: %1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="776"/>
        <source>Sensitivity sweep done</source>
        <translation>Sensitivitätsdurchlauf abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="62"/>
        <source>%1.%2: unknown key</source>
        <translation>%1.%2: unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="66"/>
        <source>%1.id: missing or empty</source>
        <translation>%1.id: fehlt oder ist leer</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="75"/>
        <source>%1.prune.scope: global pruning couples layers; the solver needs per-layer options</source>
        <translation>%1.prune.scope: Globales Pruning koppelt Schichten; der Solver braucht Optionen pro Schicht</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="90"/>
        <source>%1.lowrank: expected {&quot;rank_fraction&quot;: f} with 0 &lt; f ≤ 1</source>
        <translation>%1.lowrank: erwartet {&quot;rank_fraction&quot;: f} mit 0 &lt; f ≤ 1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="93"/>
        <source>%1: prune and lowrank exclude each other</source>
        <translation>%1: prune und lowrank schließen einander aus</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="148"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="156"/>
        <source>expected an array of options or {&quot;options&quot;: [...]}</source>
        <translation>erwartet wird ein Array von Optionen oder {&quot;options&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="172"/>
        <source>%1.id: &apos;%2&apos; appears twice</source>
        <translation>%1.id: &apos;%2&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="177"/>
        <source>%1: more than 254 options</source>
        <translation>%1: mehr als 254 Optionen</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="322"/>
        <source>pare_sensitivity: expected version %1</source>
        <translation>pare_sensitivity: erwartet wird Version %1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="327"/>
        <source>level: expected weight, output or e2e</source>
        <translation>level: erwartet weight, output oder e2e</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="344"/>
        <source>options[0]: must be the &apos;keep&apos; option</source>
        <translation>options[0]: muss die Option &apos;keep&apos; sein</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="359"/>
        <source>layers[%1].cells: %2 cells for %3 options</source>
        <translation>layers[%1].cells: %2 Zellen für %3 Optionen</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="395"/>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="45"/>
        <source>lock &apos;%1=%2&apos;: no option &apos;%2&apos; in the menu</source>
        <translation>Sperre &apos;%1=%2&apos;: keine Option &apos;%2&apos; im Menü</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/solver.cpp" line="71"/>
        <source>the sensitivity sweep is not complete (%1 of %n cells); run it to the end first</source>
        <translation>
            <numerusform>Der Sensitivitätsdurchlauf ist nicht vollständig (%1 von %n Zelle); führen Sie ihn zuerst zu Ende</numerusform>
            <numerusform>Der Sensitivitätsdurchlauf ist nicht vollständig (%1 von %n Zellen); führen Sie ihn zuerst zu Ende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="82"/>
        <source>layer &apos;%1&apos;: its locked option &apos;%2&apos; does not apply (%3)</source>
        <translation>Schicht &apos;%1&apos;: Ihre gesperrte Option &apos;%2&apos; ist nicht anwendbar (%3)</translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="91"/>
        <source>lock &apos;%1&apos;: matches no layer the solver may change</source>
        <translation>Sperre &apos;%1&apos;: passt auf keine Schicht, die der Solver ändern darf</translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="95"/>
        <source>exclude &apos;%1&apos;: matches no layer the solver may change</source>
        <translation>Ausschluss &apos;%1&apos;: passt auf keine Schicht, die der Solver ändern darf</translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="151"/>
        <source>budget %1 is infeasible: even the cheapest allowed plan needs %2</source>
        <translation>Budget %1 ist nicht erfüllbar: Selbst der günstigste erlaubte Plan braucht %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/tensorstats.cpp" line="35"/>
        <source>%1: histogram bins must be %2 to %3 (got %4)</source>
        <translation>%1: Die Zahl der Histogrammklassen muss zwischen %2 und %3 liegen (erhalten: %4)</translation>
    </message>
    <message>
        <location filename="../core/analysis/tensorstats.cpp" line="39"/>
        <source>%1: near-zero threshold (%2) must be ≥ 0 and outlier sigmas (%3) &gt; 0</source>
        <translation>%1: Die Schwelle für nahe null (%2) muss ≥ 0 und die Ausreißer-Sigmas (%3) müssen &gt; 0 sein</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="59"/>
        <source>%1: the model has no executable graph</source>
        <translation>%1: Das Modell hat keinen ausführbaren Graphen</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="64"/>
        <source>%1: the graph uses operators Pare cannot execute: %2</source>
        <translation>%1: Der Graph verwendet Operatoren, die Pare nicht ausführen kann: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="68"/>
        <source>%1: the graph has %2 inputs and %3 outputs; Pare executes graphs with one input</source>
        <translation>%1: Der Graph hat %2 Eingaben und %3 Ausgaben; Pare führt Graphen mit einer Eingabe aus</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="112"/>
        <source>%1: input &apos;%2&apos; expects shape %3 (any batch), got %4</source>
        <translation>%1: Eingabe &apos;%2&apos; erwartet Form %3 (beliebiger Batch), erhalten: %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="126"/>
        <source>%1: node &apos;%2&apos; (%3)</source>
        <translation>%1: Knoten &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="131"/>
        <source>%1: input &apos;%2&apos; is not produced by any earlier node</source>
        <translation>%1: Eingabe &apos;%2&apos; wird von keinem früheren Knoten erzeugt</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="144"/>
        <source>%1: constant value was not read</source>
        <translation>%1: Konstantenwert wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="148"/>
        <source>%1: missing inputs</source>
        <translation>%1: fehlende Eingaben</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="199"/>
        <source>%1: graph output &apos;%2&apos; is never produced</source>
        <translation>%1: Graphausgabe &apos;%2&apos; wird nie erzeugt</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="207"/>
        <source>%1: batch size must be positive</source>
        <translation>%1: Die Batchgröße muss positiv sein</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="241"/>
        <source>%1: no input rows</source>
        <translation>%1: keine Eingabezeilen</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="232"/>
        <source>kernel: matrix %1×%2 is empty or too large</source>
        <translation>Kernel: Matrix %1×%2 ist leer oder zu groß</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="235"/>
        <source>kernel: weight element %1 is not finite</source>
        <translation>Kernel: Gewichtselement %1 ist nicht endlich</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="267"/>
        <source>kernel: int4 group size %1 must be even and at least 2</source>
        <translation>Kernel: int4-Gruppengröße %1 muss gerade und mindestens 2 sein</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="304"/>
        <source>kernel: more than 2³² non-zero weights</source>
        <translation>Kernel: mehr als 2³² Gewichte ungleich null</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="314"/>
        <source>kernel: N:M sparsity %1:%2 is invalid</source>
        <translation>Kernel: N:M-Sparsität %1:%2 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="384"/>
        <source>kernel: rank %1 does not fit a %2×%3 matrix</source>
        <translation>Kernel: Rang %1 passt nicht zu einer %2×%3-Matrix</translation>
    </message>
</context>
<context>
    <name>pare::report</name>
    <message>
        <location filename="../report/pdfreport.cpp" line="60"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="85"/>
        <location filename="../report/reportwriter.cpp" line="144"/>
        <location filename="../report/reportwriter.cpp" line="175"/>
        <source>Recipes</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="92"/>
        <location filename="../report/reportwriter.cpp" line="151"/>
        <location filename="../report/reportwriter.cpp" line="182"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="108"/>
        <source>cannot start the PDF writer</source>
        <translation>PDF-Ausgabe kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="133"/>
        <location filename="../report/reportwriter.cpp" line="102"/>
        <source>Budget solver</source>
        <translation>Budget-Solver</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="26"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="61"/>
        <source>accuracy %1 %</source>
        <translation>Genauigkeit %1 %</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="63"/>
        <source>agreement %1 %</source>
        <translation>Übereinstimmung %1 %</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="66"/>
        <source>perplexity %1</source>
        <translation>Perplexität %1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="69"/>
        <source>KL %1 (p99 %2) nats</source>
        <translation>KL %1 (p99 %2) nats</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="85"/>
        <source>KL (nats, lower is better)</source>
        <translation>KL (nats, niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="87"/>
        <source>Accuracy (higher is better)</source>
        <translation>Genauigkeit (höher ist besser)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="88"/>
        <source>Weight error (lower is better)</source>
        <translation>Gewichtsfehler (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="99"/>
        <source>solver at least as good</source>
        <translation>Solver mindestens gleich gut</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="101"/>
        <source>solver worse</source>
        <translation>Solver schlechter</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="103"/>
        <source>no uniform recipe within the budget</source>
        <translation>kein einheitliches Rezept innerhalb des Budgets</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="104"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="114"/>
        <source>the KL divergence of their next-token distributions from the original&apos;s, measured end to end</source>
        <translation>der KL-Divergenz ihrer Next-Token-Verteilungen von der des Originals, Ende-zu-Ende gemessen</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="116"/>
        <source>accuracy, measured end to end</source>
        <translation>der Genauigkeit, Ende-zu-Ende gemessen</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="118"/>
        <source>the relative weight error of the compressed model (quality was not measured end to end)</source>
        <translation>des relativen Gewichtsfehlers des komprimierten Modells (die Qualität wurde nicht Ende-zu-Ende gemessen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportcontent.cpp" line="123"/>
        <source>The budget solver chose one option per layer for the %n layer(s) it may compress, minimizing the damage predicted by a sensitivity sweep at the %1 level (%2) within the budget (%3); the front is its plan at each size. Each plan is measured like the other variants and compared with the uniform recipes that fit the same budget by %4.</source>
        <translation>
            <numerusform>Der Budget-Solver hat für die %n Schicht, die er komprimieren darf, eine Option gewählt und dabei innerhalb des Budgets (%3) den Schaden minimiert, den ein Sensitivitätsdurchlauf auf der Ebene %1 (%2) vorhersagt; die Front ist sein Plan für jede Größe. Jeder Plan wird wie die anderen Varianten gemessen und anhand %4 mit den einheitlichen Rezepten verglichen, die in dasselbe Budget passen.</numerusform>
            <numerusform>Der Budget-Solver hat für die %n Schichten, die er komprimieren darf, je eine Option pro Schicht gewählt und dabei innerhalb des Budgets (%3) den Schaden minimiert, den ein Sensitivitätsdurchlauf auf der Ebene %1 (%2) vorhersagt; die Front ist sein Plan für jede Größe. Jeder Plan wird wie die anderen Varianten gemessen und anhand %4 mit den einheitlichen Rezepten verglichen, die in dasselbe Budget passen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="131"/>
        <source>none measured</source>
        <translation>keines gemessen</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="133"/>
        <source>Solver plan against the best uniform recipe</source>
        <translation>Solver-Plan gegen das beste einheitliche Rezept</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <location filename="../report/reportcontent.cpp" line="236"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <location filename="../report/reportcontent.cpp" line="170"/>
        <location filename="../report/reportcontent.cpp" line="230"/>
        <location filename="../report/reportcontent.cpp" line="236"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <location filename="../report/reportcontent.cpp" line="170"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <location filename="../report/reportcontent.cpp" line="170"/>
        <source>Bits per weight</source>
        <translation>Bits pro Gewicht</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="135"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="138"/>
        <source>solver, budget %1</source>
        <translation>Solver, Budget %1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="143"/>
        <source>uniform</source>
        <translation>einheitlich</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="145"/>
        <source>best uniform</source>
        <translation>bestes einheitliches Rezept</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="148"/>
        <source>No uniform recipe fits the budget of the solver&apos;s plan &quot;%1&quot; (%2): nothing to compare it with.</source>
        <translation>Kein einheitliches Rezept passt in das Budget des Solver-Plans &quot;%1&quot; (%2): nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="151"/>
        <source>The quality of the solver&apos;s plan &quot;%1&quot; or of the uniform recipes within its budget was not measured: no verdict.</source>
        <translation>Die Qualität des Solver-Plans &quot;%1&quot; oder der einheitlichen Rezepte innerhalb seines Budgets wurde nicht gemessen: keine Bewertung.</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="156"/>
        <source>The solver&apos;s plan &quot;%1&quot; (%2) is at least as good as the best uniform recipe within its budget, &quot;%3&quot; (%4): %5 against %6.</source>
        <translation>Der Solver-Plan &quot;%1&quot; (%2) ist mindestens so gut wie das beste einheitliche Rezept innerhalb seines Budgets, &quot;%3&quot; (%4): %5 gegen %6.</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="159"/>
        <source>The solver&apos;s plan &quot;%1&quot; (%2) is worse than the best uniform recipe within its budget, &quot;%3&quot; (%4): %5 against %6.</source>
        <translation>Der Solver-Plan &quot;%1&quot; (%2) ist schlechter als das beste einheitliche Rezept innerhalb seines Budgets, &quot;%3&quot; (%4): %5 gegen %6.</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="168"/>
        <source>Solver front (predicted)</source>
        <translation>Solver-Front (vorhergesagt)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="169"/>
        <source>Solver front (predicted; latency: %1)</source>
        <translation>Solver-Front (vorhergesagt; Latenz: %1)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="170"/>
        <location filename="../report/reportcontent.cpp" line="237"/>
        <source>Latency (µs)</source>
        <translation>Latenz (µs)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="171"/>
        <source>Predicted damage (%1)</source>
        <translation>Vorhergesagter Schaden (%1)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="171"/>
        <source>Measured as</source>
        <translation>Gemessen als</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="177"/>
        <source>Budget solver: predicted damage against %1</source>
        <translation>Budget-Solver: vorhergesagter Schaden gegen %1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="177"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="177"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="178"/>
        <source>summed layer latency (µs, %1)</source>
        <translation>summierte Schichtlatenz (µs, %1)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="178"/>
        <source>model size (MB)</source>
        <translation>Modellgröße (MB)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="180"/>
        <source>predicted damage, %1 level</source>
        <translation>vorhergesagter Schaden, Ebene %1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="199"/>
        <source>Pare compression report: %1</source>
        <translation>Pare-Kompressionsbericht: %1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="200"/>
        <source>unknown architecture</source>
        <translation>unbekannte Architektur</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="211"/>
        <source>perplexity %1 → %2</source>
        <translation>Perplexität %1 → %2</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="213"/>
        <source>accuracy %1 % → %2 %</source>
        <translation>Genauigkeit %1 % → %2 %</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="215"/>
        <source>weight error %1 %</source>
        <translation>Gewichtsfehler %1 %</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="216"/>
        <source>Smallest variant: &quot;%1&quot; — %2 → %3 (%4× smaller), %5.</source>
        <translation>Kleinste Variante: &quot;%1&quot; — %2 → %3 (%4× kleiner), %5.</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="222"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="223"/>
        <location filename="../report/reportcontent.cpp" line="328"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="223"/>
        <location filename="../report/reportcontent.cpp" line="328"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="226"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="227"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="229"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="231"/>
        <source>MACs per inference</source>
        <translation>MACs pro Inferenz</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="232"/>
        <location filename="../report/reportcontent.cpp" line="238"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="235"/>
        <source>Totals</source>
        <translation>Gesamtwerte</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="236"/>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="236"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="237"/>
        <source>Speed-up</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="237"/>
        <source>Weight error</source>
        <translation>Gewichtsfehler</translation>
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
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="254"/>
        <source>Per layer: %1</source>
        <translation>Pro Schicht: %1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="255"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="255"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="255"/>
        <source>Bytes before</source>
        <translation>Bytes vorher</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="255"/>
        <source>Bytes after</source>
        <translation>Bytes nachher</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="256"/>
        <source>MACs before</source>
        <translation>MACs vorher</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="256"/>
        <source>MACs after</source>
        <translation>MACs nachher</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="256"/>
        <source>µs before</source>
        <translation>µs vorher</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="257"/>
        <source>µs after</source>
        <translation>µs nachher</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="257"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="277"/>
        <source>Size per layer</source>
        <translation>Größe pro Schicht</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="278"/>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="279"/>
        <source>Latency per layer (batch 1)</source>
        <translation>Latenz pro Schicht (Batch 1)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="280"/>
        <source>µs (median)</source>
        <translation>µs (Median)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="281"/>
        <source>Weight error per layer</source>
        <translation>Gewichtsfehler pro Schicht</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="282"/>
        <source>relative Frobenius error (%)</source>
        <translation>relativer Frobenius-Fehler (%)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="309"/>
        <source>Size against quality</source>
        <translation>Größe gegen Qualität</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="310"/>
        <source>size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="311"/>
        <source>perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="311"/>
        <source>accuracy lost (percentage points)</source>
        <translation>Genauigkeitsverlust (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="312"/>
        <source>relative weight error (%)</source>
        <translation>relativer Gewichtsfehler (%)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="327"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="330"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="331"/>
        <source>CPU features</source>
        <translation>CPU-Funktionen</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="332"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="334"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="34"/>
        <source>%1: unknown report format &apos;.%2&apos; (use .html, .pdf, .csv, .json or .md)</source>
        <translation>%1: unbekanntes Berichtsformat &apos;.%2&apos; (verwenden Sie .html, .pdf, .csv, .json oder .md)</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportwriter.cpp" line="134"/>
        <source>The front&apos;s %n plans</source>
        <translation>
            <numerusform>Der %n Plan der Front</numerusform>
            <numerusform>Die %n Pläne der Front</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="137"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="271"/>
        <source>unknown report format</source>
        <translation>unbekanntes Berichtsformat</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="281"/>
        <source>%1: already exists (use --force to replace it)</source>
        <translation>%1: existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <location filename="../report/svgcharts.cpp" line="305"/>
        <source>solver front (predicted)</source>
        <translation>Solver-Front (vorhergesagt)</translation>
    </message>
    <message>
        <location filename="../report/svgcharts.cpp" line="307"/>
        <source>solver plan (measured)</source>
        <translation>Solver-Plan (gemessen)</translation>
    </message>
    <message>
        <location filename="../report/svgcharts.cpp" line="309"/>
        <source>uniform recipe (size)</source>
        <translation>einheitliches Rezept (Größe)</translation>
    </message>
    <message>
        <location filename="../report/svgcharts.cpp" line="371"/>
        <location filename="../report/svgcharts.cpp" line="392"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
</context>
<context>
    <name>pare::ui</name>
    <message>
        <location filename="../ui/inspector/planoverlay.cpp" line="67"/>
        <source>plan overlay: no layer %1</source>
        <translation>Plan-Überlagerung: keine Schicht %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/planoverlay.cpp" line="80"/>
        <source>%1: the plan keeps this layer</source>
        <translation>%1: Der Plan lässt diese Schicht unverändert</translation>
    </message>
</context>
<context>
    <name>pare::ui::BarChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="197"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="205"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
</context>
<context>
    <name>pare::ui::ChannelRangeChart</name>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="41"/>
        <source>%1&lt;br&gt;&lt;small&gt;%2 channels in groups of %3: each group&apos;s extremes&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;%2 Kanäle in Gruppen zu %3: die Extremwerte jeder Gruppe&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="44"/>
        <source>output channel</source>
        <translation>Ausgabekanal</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="47"/>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="80"/>
        <source>min–max range</source>
        <translation>Min.–Max.-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="83"/>
        <source>largest |w|</source>
        <translation>größtes |w|</translation>
    </message>
</context>
<context>
    <name>pare::ui::ComparePanel</name>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="45"/>
        <source>Tick the variants to show; double-click a name to rename it.</source>
        <translation>Anzuzeigende Varianten ankreuzen; Doppelklick auf einen Namen benennt ihn um.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="47"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="48"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="49"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="50"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="51"/>
        <source>What the per-layer bars compare.</source>
        <translation>Was die Balken pro Schicht vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="55"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="56"/>
        <source>Copy the selected variant (to compare a renamed copy).</source>
        <translation>Gewählte Variante kopieren (um eine umbenannte Kopie zu vergleichen).</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="57"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="58"/>
        <source>Remove the selected variant.</source>
        <translation>Gewählte Variante entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="59"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="60"/>
        <source>Give the selected variant a new name (or double-click it).</source>
        <translation>Gewählte Variante umbenennen (oder doppelklicken).</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="76"/>
        <source>Per-layer chart:</source>
        <translation>Diagramm pro Schicht:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="204"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="440"/>
        <source>%1 (the %2 largest of %3 layers)</source>
        <translation>%1 (die %2 größten von %3 Schichten)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="456"/>
        <source>Size against weight error (relative, %)</source>
        <translation>Größe gegen Gewichtsfehler (relativ, %)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="389"/>
        <location filename="../ui/compare/comparepanel.cpp" line="458"/>
        <source>error (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="377"/>
        <source>size (kB)</source>
        <translation>Größe (kB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="380"/>
        <source>Multiply-accumulates per layer (millions)</source>
        <translation>MAC-Operationen pro Schicht (Millionen)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="381"/>
        <source>MACs (M)</source>
        <translation>MACs (Mio.)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="384"/>
        <source>Measured median latency per layer (batch 1)</source>
        <translation>Gemessene Median-Latenz pro Schicht (Batch 1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="385"/>
        <source>time (µs)</source>
        <translation>Zeit (µs)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="388"/>
        <source>Relative Frobenius weight error per layer</source>
        <translation>Relativer Frobenius-Gewichtsfehler pro Schicht</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="488"/>
        <source>Size against accuracy drop (percentage points)</source>
        <translation>Größe gegen Genauigkeitsverlust (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="489"/>
        <source>drop (points)</source>
        <translation>Verlust (Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="457"/>
        <source>size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="336"/>
        <source>Compute a variant to compare it with the original</source>
        <translation>Berechnen Sie eine Variante, um sie mit dem Original zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="337"/>
        <source>Tick a variant to show it</source>
        <translation>Variante zum Anzeigen ankreuzen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="376"/>
        <source>Size per layer, original and variants</source>
        <translation>Größe pro Schicht, Original und Varianten</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="393"/>
        <location filename="../ui/compare/comparepanel.cpp" line="485"/>
        <location filename="../ui/compare/comparepanel.cpp" line="490"/>
        <location filename="../ui/compare/comparepanel.cpp" line="493"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="483"/>
        <source>Size against perplexity (lower is better)</source>
        <translation>Größe gegen Perplexität (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="484"/>
        <source>perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="503"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3× smaller)&lt;br&gt;MACs %4 → %5&lt;br&gt;error %6 %, SQNR %7 dB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3× kleiner)&lt;br&gt;MACs %4 → %5&lt;br&gt;Fehler %6 %, SQNR %7 dB</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="507"/>
        <location filename="../ui/compare/comparepanel.cpp" line="508"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="514"/>
        <source>%n layer(s) pruned by magnitude instead of activation-aware (no calibration data)</source>
        <translation>
            <numerusform>Eine Schicht nach Betrag statt aktivierungsbasiert geprunt (keine Kalibrierungsdaten)</numerusform>
            <numerusform>%n Schichten nach Betrag statt aktivierungsbasiert geprunt (keine Kalibrierungsdaten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="519"/>
        <source>&lt;br&gt;speed-up %1× (%2 → %3 µs)</source>
        <translation>&lt;br&gt;Beschleunigung %1× (%2 → %3 µs)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="523"/>
        <source>&lt;br&gt;perplexity %1 → %2 (%3 %), KL %4</source>
        <translation>&lt;br&gt;Perplexität %1 → %2 (%3 %), KL %4</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="528"/>
        <source>&lt;br&gt;accuracy %1 % → %2 % (%3 points)</source>
        <translation>&lt;br&gt;Genauigkeit %1 % → %2 % (%3 Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="554"/>
        <source>No variant shown.</source>
        <translation>Keine Variante angezeigt.</translation>
    </message>
</context>
<context>
    <name>pare::ui::CompressionPanel</name>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="78"/>
        <source>&amp;Compute Variant</source>
        <translation>Variante &amp;berechnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="78"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="79"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="82"/>
        <source>All layers (defaults)</source>
        <translation>Alle Schichten (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="83"/>
        <source>Edit the defaults for every layer, or an override for the layer selected in the Model dock.</source>
        <translation>Standardwerte für alle Schichten bearbeiten oder eine Ausnahme für die im Dock „Modell“ gewählte Schicht.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="90"/>
        <source>Compress the model with this recipe in the background and add the result to the Compare dock.</source>
        <translation>Modell im Hintergrund mit diesem Rezept komprimieren und das Ergebnis zum Dock „Vergleich“ hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="92"/>
        <source>Rules apply in order after the defaults; a later rule overrides an earlier one for the layers it matches.</source>
        <translation>Regeln gelten der Reihe nach nach den Standardwerten; eine spätere Regel überschreibt eine frühere für die Schichten, auf die sie passt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="96"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="97"/>
        <source>Load a recipe (JSON) saved by Pare or written by hand.</source>
        <translation>Ein von Pare gespeichertes oder von Hand geschriebenes Rezept (JSON) laden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="98"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="99"/>
        <source>Save this recipe as JSON, for pare-cli or another session.</source>
        <translation>Dieses Rezept als JSON speichern, für pare-cli oder eine andere Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="100"/>
        <source>Add a rule: layers matching a name pattern (glob or re:regex) and op kinds keep their original weights or get their own settings.</source>
        <translation>Regel hinzufügen: Schichten, die auf ein Namensmuster (Glob oder re:regex) und Operationsarten passen, behalten ihre Originalgewichte oder erhalten eigene Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="102"/>
        <source>Change the selected rule (or double-click it).</source>
        <translation>Gewählte Regel ändern (oder doppelklicken).</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="105"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="106"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="107"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="108"/>
        <source>Delete the selected rule.</source>
        <translation>Gewählte Regel löschen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="109"/>
        <source>Apply the selected rule earlier.</source>
        <translation>Gewählte Regel früher anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="110"/>
        <source>Apply the selected rule later.</source>
        <translation>Gewählte Regel später anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="142"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="146"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="149"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="150"/>
        <source>Calibrate on nothing: activation-aware layers are pruned by magnitude.</source>
        <translation>Ohne Kalibrierung: Aktivierungsbasierte Schichten werden nach Betrag geprunt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="176"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="215"/>
        <source>Open Recipe</source>
        <translation>Rezept öffnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="215"/>
        <location filename="../ui/compress/compressionpanel.cpp" line="220"/>
        <source>Recipes (*.json)</source>
        <translation>Rezepte (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="220"/>
        <source>Save Recipe</source>
        <translation>Rezept speichern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="220"/>
        <source>recipe.json</source>
        <translation>rezept.json</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="243"/>
        <source>Estimates canceled. Change a setting to prepare them again.</source>
        <translation>Schätzungen abgebrochen. Ändern Sie eine Einstellung, um sie erneut vorzubereiten.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="244"/>
        <source>&lt;b&gt;No estimates:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keine Schätzungen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="549"/>
        <source>Add rule %1</source>
        <translation>Regel %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="566"/>
        <source>Edit rule %1</source>
        <translation>Regel %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="577"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="588"/>
        <source>Reorder rules</source>
        <translation>Regeln umordnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="257"/>
        <source>&lt;b&gt;Estimate&lt;/b&gt; — weights %1 → &lt;b&gt;%2&lt;/b&gt; (%3× smaller)&lt;br&gt;MACs %4 → %5&lt;br&gt;error %6 % (relative, parameter-weighted)</source>
        <translation>&lt;b&gt;Schätzung&lt;/b&gt; — Gewichte %1 → &lt;b&gt;%2&lt;/b&gt; (%3× kleiner)&lt;br&gt;MACs %4 → %5&lt;br&gt;Fehler %6 % (relativ, nach Parametern gewichtet)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="267"/>
        <source> (err %1 %)</source>
        <translation> (Fehler %1 %)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="523"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="534"/>
        <source>Compute %1</source>
        <translation>%1 berechnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="330"/>
        <source>Open a model to see the estimated size, MACs and error.</source>
        <translation>Öffnen Sie ein Modell, um geschätzte Größe, MACs und Fehler zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="143"/>
        <source>Data the model runs on before compressing, to weigh each weight by its input&apos;s activations (Prune &gt; Score: Activation-aware): a text for language models, examples (.npz, .npy, IDX, CSV) for graph models (ONNX, Keras).</source>
        <translation>Daten, auf denen das Modell vor dem Komprimieren läuft, um jedes Gewicht mit den Aktivierungen seiner Eingabe zu gewichten (Pruning &gt; Bewertung: Aktivierungsbasiert): ein Text für Sprachmodelle, Beispiele (.npz, .npy, IDX, CSV) für Graphmodelle (ONNX, Keras).</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="153"/>
        <source>Calibration data</source>
        <translation>Kalibrierungsdaten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="167"/>
        <source>Choose Calibration Data</source>
        <translation>Kalibrierungsdaten wählen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="168"/>
        <source>Text or examples (*.txt *.npz *.npy *.gz *.idx* *-ubyte *.csv);;All files (*)</source>
        <translation>Text oder Beispiele (*.txt *.npz *.npy *.gz *.idx* *-ubyte *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="339"/>
        <source>Preparing estimates…</source>
        <translation>Schätzungen werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="356"/>
        <source>Prepare estimates</source>
        <translation>Schätzungen vorbereiten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="376"/>
        <source>Activation-aware pruning needs calibration data: without it its layers are pruned by magnitude.</source>
        <translation>Aktivierungsbasiertes Pruning braucht Kalibrierungsdaten: Ohne sie werden seine Schichten nach Betrag geprunt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="379"/>
        <source>The calibration data %1 is missing.</source>
        <translation>Die Kalibrierungsdaten %1 fehlen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="393"/>
        <source>Selected layer: %1</source>
        <translation>Gewählte Schicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="437"/>
        <source>keep original</source>
        <translation>Original behalten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="439"/>
        <source>prune %1</source>
        <translation>Pruning %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="441"/>
        <source>quantize %1</source>
        <translation>Quantisierung %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="443"/>
        <source>low-rank %1</source>
        <translation>Low-Rank %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="444"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="467"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="470"/>
        <source>Change defaults</source>
        <translation>Standardwerte ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="480"/>
        <source>Change recipe</source>
        <translation>Rezept ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="492"/>
        <source>&lt;b&gt;Recipe problem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Problem im Rezept:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="631"/>
        <source>Open recipe</source>
        <translation>Rezept öffnen</translation>
    </message>
</context>
<context>
    <name>pare::ui::ExportMenu</name>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="25"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="28"/>
        <source>&amp;Compressed Model…</source>
        <translation>&amp;Komprimiertes Modell…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="30"/>
        <source>Write the newest variant as a Pare file, safetensors, GGUF for llama.cpp, ONNX with Q/DQ, a decompressed copy or a Hugging Face directory.</source>
        <translation>Neueste Variante als Pare-Datei, safetensors, GGUF für llama.cpp, ONNX mit Q/DQ, dekomprimierte Kopie oder Hugging-Face-Verzeichnis schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="32"/>
        <source>&amp;Recipe…</source>
        <translation>&amp;Rezept…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="33"/>
        <source>Export Recipe</source>
        <translation>Rezept exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="33"/>
        <source>recipe.json</source>
        <translation>rezept.json</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="34"/>
        <source>Recipes (*.json)</source>
        <translation>Rezepte (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="40"/>
        <source>&amp;llama-quantize Arguments…</source>
        <translation>&amp;llama-quantize-Argumente…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="41"/>
        <source>Export llama-quantize Arguments</source>
        <translation>llama-quantize-Argumente exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="42"/>
        <source>llama-quantize.sh</source>
        <translation>llama-quantize.sh</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="42"/>
        <source>Shell scripts (*.sh *.txt)</source>
        <translation>Shell-Skripte (*.sh *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="47"/>
        <source>ll&amp;m-compressor Recipe…</source>
        <translation>ll&amp;m-compressor-Rezept…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>Export llm-compressor Recipe</source>
        <translation>llm-compressor-Rezept exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="49"/>
        <source>recipe.yaml</source>
        <translation>rezept.yaml</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="49"/>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="81"/>
        <source>Pare variant (*.pare)</source>
        <translation>Pare-Variante (*.pare)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="82"/>
        <source>Encoded safetensors (*.safetensors)</source>
        <translation>Kodierte safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="83"/>
        <source>GGUF for llama.cpp (*.gguf)</source>
        <translation>GGUF für llama.cpp (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="84"/>
        <source>ONNX with Q/DQ for ONNX Runtime (*.onnx)</source>
        <translation>ONNX mit Q/DQ für ONNX Runtime (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="86"/>
        <source>Decompressed Hugging Face directory (*)</source>
        <translation>Dekomprimiertes Hugging-Face-Verzeichnis (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="87"/>
        <source>Decompressed copy (*%1)</source>
        <translation>Dekomprimierte Kopie (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="88"/>
        <source>Hugging Face directory (*)</source>
        <translation>Hugging-Face-Verzeichnis (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="96"/>
        <source>Export Compressed Model</source>
        <translation>Komprimiertes Modell exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="140"/>
        <source>writing %1 bytes</source>
        <translation>%1 Bytes werden geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="152"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="176"/>
        <location filename="../ui/export/exportmenu.cpp" line="184"/>
        <location filename="../ui/export/exportmenu.cpp" line="203"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="205"/>
        <source>Wrote %1: %2 bytes (the variant&apos;s encoded size is %3 bytes).</source>
        <translation>%1 geschrieben: %2 Bytes (die kodierte Größe der Variante beträgt %3 Bytes).</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="210"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>pare::ui::FrontChart</name>
    <message>
        <location filename="../ui/solve/frontchart.cpp" line="91"/>
        <source>%1, log scale</source>
        <translation>%1, log. Skala</translation>
    </message>
</context>
<context>
    <name>pare::ui::HistogramChart</name>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="72"/>
        <source>Drag across the chart to zoom into a range of values; right-click to show the whole range again.</source>
        <translation>Über das Diagramm ziehen, um einen Wertebereich zu vergrößern; Rechtsklick zeigt wieder den ganzen Bereich.</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="95"/>
        <source>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="116"/>
        <source>count (log scale)</source>
        <translation>Anzahl (log. Skala)</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="116"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="149"/>
        <location filename="../ui/charts/histogramchart.cpp" line="268"/>
        <source>clipped</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="166"/>
        <location filename="../ui/charts/histogramchart.cpp" line="238"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="173"/>
        <location filename="../ui/charts/histogramchart.cpp" line="252"/>
        <source>decoded</source>
        <translation>dekodiert</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="206"/>
        <source>%1 levels</source>
        <translation>%1 Stufen</translation>
    </message>
</context>
<context>
    <name>pare::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="39"/>
        <source>&amp;Log counts</source>
        <translation>&amp;Log-Skala</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="71"/>
        <source> bins</source>
        <translation> Klassen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="72"/>
        <source>Number of histogram bins (16 to 4096).</source>
        <translation>Anzahl der Histogrammklassen (16 bis 4096).</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="74"/>
        <source>Show counts on a logarithmic axis, to see the rare values in the tails.</source>
        <translation>Anzahl auf logarithmischer Achse zeigen, um seltene Werte in den Rändern zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="75"/>
        <source>Weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="76"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="370"/>
        <source>log₁₀ |weight|</source>
        <translation>log₁₀ |Gewicht|</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="77"/>
        <source>Histogram of the values, or of their magnitudes on a log scale (shows how many weights are tiny).</source>
        <translation>Histogramm der Werte oder ihrer Beträge auf log. Skala (zeigt, wie viele Gewichte winzig sind).</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="79"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="80"/>
        <source>Show the whole range of values again.</source>
        <translation>Wieder den ganzen Wertebereich zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="101"/>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="101"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="107"/>
        <source>&amp;Histogram</source>
        <translation>&amp;Histogramm</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="108"/>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="109"/>
        <source>S&amp;pectrum</source>
        <translation>S&amp;pektrum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="110"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="111"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="516"/>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="137"/>
        <source>the new histogram was canceled</source>
        <translation>das neue Histogramm wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="138"/>
        <source>the new histogram failed: %1</source>
        <translation>das neue Histogramm ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="157"/>
        <source>Spectrum canceled. Show this tab again to compute it.</source>
        <translation>Spektrum abgebrochen. Zeigen Sie diesen Reiter erneut an, um es zu berechnen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="249"/>
        <source>Preview plan of %1</source>
        <translation>Plan-Vorschau für %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="276"/>
        <source>Select a layer in the Model dock to see its weights.</source>
        <translation>Wählen Sie im Dock „Modell“ eine Schicht, um ihre Gewichte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspectorpanel.cpp" line="284"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 parameters</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 Parameter</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 Parameter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="322"/>
        <source>Per-channel range — %1</source>
        <translation>Bereich pro Kanal — %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="328"/>
        <source>Per-channel range — %1 (analysis running…)</source>
        <translation>Bereich pro Kanal — %1 (Analyse läuft…)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="348"/>
        <source>Histogram of %1</source>
        <translation>Histogramm von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="369"/>
        <source>Magnitudes of %1</source>
        <translation>Beträge von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="369"/>
        <source>Weights of %1</source>
        <translation>Gewichte von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="370"/>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="380"/>
        <source>%1 below and %2 above the range shown</source>
        <translation>%1 unter und %2 über dem gezeigten Bereich</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="382"/>
        <source>%1 exact zeros not shown</source>
        <translation>%1 exakte Nullen nicht gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="384"/>
        <source>%1 NaN, %2 Inf</source>
        <translation>%1 NaN, %2 Inf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="388"/>
        <source>after the plan</source>
        <translation>nach dem Plan</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="397"/>
        <source>%1 levels of the widest of %2 scales</source>
        <translation>%1 Stufen der breitesten von %2 Skalen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="398"/>
        <source>%1 levels</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="414"/>
        <source>A spectrum is shown for the 2-D weights of dense and convolution layers.</source>
        <translation>Ein Spektrum wird für die 2-D-Gewichte von Dense- und Faltungsschichten gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="420"/>
        <source>Computing singular values…</source>
        <translation>Singulärwerte werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="428"/>
        <source>Spectrum of %1</source>
        <translation>Spektrum von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="435"/>
        <source>Singular-value energy — %1</source>
        <translation>Singulärwert-Energie — %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="444"/>
        <source>%1 %: beyond the top %2</source>
        <translation>%1 %: jenseits der obersten %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="445"/>
        <source>%1 %: rank %2</source>
        <translation>%1 %: Rang %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="447"/>
        <source>%1×%2, %3 singular values (%4). Energy kept — %5</source>
        <translation>%1×%2, %3 Singulärwerte (%4). Erhaltene Energie — %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="449"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="449"/>
        <source>randomized SVD</source>
        <translation>randomisierte SVD</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="460"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="461"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="471"/>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="472"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="473"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="474"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="475"/>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="476"/>
        <source>Mean |w|</source>
        <translation>Mittelwert |w|</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="477"/>
        <source>Excess kurtosis</source>
        <translation>Exzess-Kurtosis</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="478"/>
        <source>Exact zeros</source>
        <translation>Exakte Nullen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="468"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="479"/>
        <source>Near zero (|w| ≤ %1)</source>
        <translation>Nahe null (|w| ≤ %1)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="480"/>
        <source>Outliers (beyond %1 σ)</source>
        <translation>Ausreißer (über %1 σ)</translation>
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
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="483"/>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="487"/>
        <source>Percentile %1</source>
        <translation>Perzentil %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="513"/>
        <source>No warnings for this layer.</source>
        <translation>Keine Warnungen für diese Schicht.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="515"/>
        <source>&amp;Warnings (%1)</source>
        <translation>&amp;Warnungen (%1)</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="103"/>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="103"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="104"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="104"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="115"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="116"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="117"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="118"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pare::ui::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/jobsdock.cpp" line="41"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsdock.cpp" line="42"/>
        <source>Cancel &amp;All</source>
        <translation>A&amp;lle abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsdock.cpp" line="52"/>
        <source>Stop the selected job. Work done so far is discarded.</source>
        <translation>Gewählten Auftrag stoppen. Bisherige Arbeit wird verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsdock.cpp" line="53"/>
        <source>Stop every running job.</source>
        <translation>Alle laufenden Aufträge stoppen.</translation>
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
        <translation>MAC-Operationen sind aus dieser Datei nicht bestimmbar (keine Eingabeform).</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="55"/>
        <source>Shares its weight with another layer.</source>
        <translation>Teilt ihr Gewicht mit einer anderen Schicht.</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="70"/>
        <source>%1 (tied)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="77"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="88"/>
        <source>Multiply-accumulates per inference at the current input shape.</source>
        <translation>MAC-Operationen pro Inferenz bei der aktuellen Eingabeform.</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="92"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="93"/>
        <source>Op</source>
        <translation>Op.</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="94"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="95"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="96"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="97"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="98"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="99"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="100"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>pare::ui::LowRankBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="252"/>
        <source>&amp;Low-rank</source>
        <translation>&amp;Low-Rank-Zerlegung</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="257"/>
        <source>Replace a weight matrix by the product of two thin matrices from its singular value decomposition.</source>
        <translation>Ersetzt eine Gewichtsmatrix durch das Produkt zweier schmaler Matrizen aus ihrer Singulärwertzerlegung.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="259"/>
        <source>Keep energy</source>
        <translation>Energie erhalten</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="260"/>
        <source>Fixed rank</source>
        <translation>Fester Rang</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="261"/>
        <source>Choose the rank per layer by the share of the spectrum&apos;s energy kept, or set one rank for all.</source>
        <translation>Rang pro Schicht nach dem erhaltenen Anteil der Spektrumsenergie wählen oder einen Rang für alle festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="263"/>
        <source>Share of Σσ² kept: the rank grows until it is reached (rounded up to 8).</source>
        <translation>Erhaltener Anteil von Σσ²: Der Rang wächst, bis er erreicht ist (auf ein Vielfaches von 8 aufgerundet).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="266"/>
        <source>Rank of the two factors.</source>
        <translation>Rang der beiden Faktoren.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="268"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="269"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="270"/>
        <source>Rank</source>
        <translation>Rang</translation>
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
        <translation>Öffnen Sie ein Modell mit Datei &gt; Öffnen oder ziehen Sie eine Datei auf das Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Could Not Open Model</source>
        <translation>Modell konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Pare could not open %1.</source>
        <translation>Pare konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>%1

Check that the file is a complete safetensors, ONNX, Keras HDF5, GGUF or NumPy file, or a Hugging Face model folder.</source>
        <translation>%1

Prüfen Sie, ob die Datei eine vollständige safetensors-, ONNX-, Keras-HDF5-, GGUF- oder NumPy-Datei oder ein Hugging-Face-Modellordner ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>%1: %2 pruned by magnitude, not activation-aware (no calibration data for them)</source>
        <translation>%1: %2 nach Betrag geprunt, nicht aktivierungsbasiert (keine Kalibrierungsdaten dafür)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Model Has Changed</source>
        <translation>Modell wurde geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Model Not Found</source>
        <translation>Modell nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>The model of %1 has changed since the project was saved.</source>
        <translation>Das Modell von %1 wurde seit dem Speichern des Projekts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>The model of %1 is not where it was.</source>
        <translation>Das Modell von %1 ist nicht mehr am bisherigen Ort.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>%1

Locate the original model, or open the changed model anyway (the saved figures may no longer match it).</source>
        <translation>%1

Suchen Sie das ursprüngliche Modell oder öffnen Sie das geänderte Modell trotzdem (die gespeicherten Werte passen dann womöglich nicht mehr).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>%1

Locate the model file or folder to open the project.</source>
        <translation>%1

Suchen Sie die Modelldatei oder den Modellordner, um das Projekt zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Locate Model</source>
        <translation>Modell suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Models (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;All files (*)</source>
        <translation>Modelle (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Project not opened: its model was not located.</source>
        <translation>Projekt nicht geöffnet: Sein Modell wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Project not opened.</source>
        <translation>Projekt nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>No model open.
File &gt; Open… or drop a model file here.</source>
        <translation>Kein Modell geöffnet.
Datei &gt; Öffnen… oder Modelldatei hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Select a layer to see its weight distribution, channel ranges and spectrum.</source>
        <translation>Wählen Sie eine Schicht, um Gewichtsverteilung, Kanalbereiche und Spektrum zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Pruning, quantization and low-rank settings appear here once a model is open.</source>
        <translation>Einstellungen für Pruning, Quantisierung und Low-Rank-Zerlegung erscheinen hier, sobald ein Modell geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Computed variants are compared with the original here.</source>
        <translation>Hier werden berechnete Varianten mit dem Original verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>Open Model or Project</source>
        <translation>Modell oder Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Models and projects (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare projects (*.pare);;All files (*)</source>
        <translation>Modelle und Projekte (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare-Projekte (*.pare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>Language model (GPT-2, King James Bible)</source>
        <translation>Sprachmodell (GPT-2, King-James-Bibel)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>Image classifier (CNN, Fashion-MNIST, ONNX)</source>
        <translation>Bildklassifikator (CNN, Fashion-MNIST, ONNX)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Image classifier (CNN, Fashion-MNIST, Keras)</source>
        <translation>Bildklassifikator (CNN, Fashion-MNIST, Keras)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>Save the model reference, recipe and computed variants as a .pare project.</source>
        <translation>Modellverweis, Rezept und berechnete Varianten als .pare-Projekt speichern.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="372"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Write the comparison of the shown variants as HTML, PDF, CSV, JSON or Markdown.</source>
        <translation>Vergleich der angezeigten Varianten als HTML, PDF, CSV, JSON oder Markdown schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>report.html</source>
        <translation>bericht.html</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>&amp;About Pare</source>
        <translation>Ü&amp;ber Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>the Budget dock&apos;s sweep</source>
        <translation>der Durchlauf im Budget-Dock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>Could Not Write Report</source>
        <translation>Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <location filename="../ui/mainwindowprojects.cpp" line="191"/>
        <source>%1

Choose another folder or file name.</source>
        <translation>%1

Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546"/>
        <source>About Pare</source>
        <translation>Über Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;A workbench for compressing neural-network models: inspect, prune, quantize and factorize, then compare against the original.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank zum Komprimieren neuronaler Netze: untersuchen, prunen, quantisieren und faktorisieren, dann mit dem Original vergleichen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="129"/>
        <source>Hashing %1</source>
        <translation>Prüfsumme von %1 wird berechnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="137"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="144"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="169"/>
        <source>Project saved to %1</source>
        <translation>Projekt in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="190"/>
        <source>Could Not Save Project</source>
        <translation>Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="215"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="215"/>
        <source>Pare projects (*.pare)</source>
        <translation>Pare-Projekte (*.pare)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="234"/>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="236"/>
        <source>Open Anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="245"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="246"/>
        <source>The project has unsaved changes.</source>
        <translation>Das Projekt hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="247"/>
        <source>Save them before going on? Discarded variants must be computed again.</source>
        <translation>Vor dem Fortfahren speichern? Verworfene Varianten müssen neu berechnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="268"/>
        <source>%1 (no project)</source>
        <translation>%1 (kein Projekt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="269"/>
        <source>%1[*] — Pare</source>
        <translation>%1[*] — Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="309"/>
        <source>Variants left out because they do not fit this model: %1</source>
        <translation>Ausgelassene Varianten, da sie nicht zu diesem Modell passen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="311"/>
        <source>Recovered the unsaved session</source>
        <translation>Ungespeicherte Sitzung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="311"/>
        <source>Opened project %1</source>
        <translation>Projekt %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="335"/>
        <source>Restore Unsaved Work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="336"/>
        <source>A Pare session did not shut down cleanly.</source>
        <translation>Eine Pare-Sitzung wurde nicht ordnungsgemäß beendet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="347"/>
        <source>Could not take over the autosaved session %1</source>
        <translation>Die automatisch gespeicherte Sitzung %1 konnte nicht übernommen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="337"/>
        <source>An autosaved session from %1 is available. Restore it?</source>
        <translation>Eine automatisch gespeicherte Sitzung vom %1 ist verfügbar. Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>pare::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="30"/>
        <source>Filter layers (text, or re:regex)</source>
        <translation>Schichten filtern (Text oder re:regex)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="32"/>
        <source>Shows layers whose name contains this text. Start with &quot;re:&quot; for a regular expression, e.g. re:blk\.\d+\.attn</source>
        <translation>Zeigt Schichten, deren Name diesen Text enthält. Mit „re:“ beginnen für einen regulären Ausdruck, z. B. re:blk\.\d+\.attn</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="34"/>
        <source>All ops</source>
        <translation>Alle Operationen</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Conv</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="36"/>
        <source>Norm</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="36"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="38"/>
        <source>Show only layers of one kind.</source>
        <translation>Nur Schichten einer Art zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="62"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="63"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="64"/>
        <source>Sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="65"/>
        <source>What the layer chart shows: parameters, stored bytes, or the share of weights that are exactly zero.</source>
        <translation>Was das Schichtdiagramm zeigt: Parameter, gespeicherte Bytes oder den Anteil der Gewichte, die exakt null sind.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="70"/>
        <source>Click a bar to select its layer.</source>
        <translation>Auf einen Balken klicken, um seine Schicht zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="81"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="131"/>
        <source>No model open. Use File &gt; Open… or drop a model file here.</source>
        <translation>Kein Modell geöffnet. Datei &gt; Öffnen… verwenden oder Modelldatei hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="135"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="138"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="139"/>
        <source>%1 (+%n layer(s) unknown)</source>
        <translation>
            <numerusform>%1 (+%n Schicht unbekannt)</numerusform>
            <numerusform>%1 (+%n Schichten unbekannt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="143"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 parameters in %5 tensors, %6 (%7)&lt;br&gt;%n layer(s), %8 MACs per inference</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 Parameter in %5 Tensoren, %6 (%7)&lt;br&gt;%n Schicht, %8 MACs pro Inferenz</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 Parameter in %5 Tensoren, %6 (%7)&lt;br&gt;%n Schichten, %8 MACs pro Inferenz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="242"/>
        <source>largest %1 of %n layers</source>
        <translation>
            <numerusform>größte %1 von %n Schicht</numerusform>
            <numerusform>größte %1 von %n Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="243"/>
        <source>all %n layers</source>
        <translation>
            <numerusform>%n Schicht</numerusform>
            <numerusform>alle %n Schichten</numerusform>
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
        <translation>Schichtgrößen erscheinen hier, sobald ein Modell geöffnet ist</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="198"/>
        <source>Sparsity per layer: not computed yet (the analysis is running)</source>
        <translation>Sparsität pro Schicht: noch nicht berechnet (die Analyse läuft)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="246"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="247"/>
        <source>Parameters per layer (%1)</source>
        <translation>Parameter pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="248"/>
        <source>parameters (millions)</source>
        <translation>Parameter (Millionen)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="251"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="252"/>
        <source>Stored size per layer (%1)</source>
        <translation>Gespeicherte Größe pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="253"/>
        <source>size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="256"/>
        <source>sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="257"/>
        <source>Exact zeros per layer (%1)</source>
        <translation>Exakte Nullen pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="258"/>
        <source>zero weights (%)</source>
        <translation>Nullgewichte (%)</translation>
    </message>
</context>
<context>
    <name>pare::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="65"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="71"/>
        <source>The language of Pare&apos;s window. Takes effect when Pare starts again.</source>
        <translation>Die Sprache des Pare-Fensters. Wirkt beim nächsten Start von Pare.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="73"/>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>How many threads background jobs may use.</source>
        <translation>Wie viele Threads Hintergrundaufträge nutzen dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="77"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="78"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="79"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="81"/>
        <source>Light or dark colours for the window and its charts; System follows the desktop&apos;s setting.</source>
        <translation>Helle oder dunkle Farben für das Fenster und seine Diagramme; „System“ folgt der Einstellung des Desktops.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="91"/>
        <source>Weights with |w| at most this count as near zero in the statistics and the lint.</source>
        <translation>Gewichte mit höchstens diesem |w| zählen in der Statistik und der Prüfung als nahe null.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="97"/>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="99"/>
        <source>Weights further than this many standard deviations from the mean count as outliers.</source>
        <translation>Gewichte, die weiter als so viele Standardabweichungen vom Mittelwert entfernt sind, zählen als Ausreißer.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="106"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="107"/>
        <source>The language changes when Pare starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Pare.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="108"/>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="109"/>
        <source>&amp;Threads</source>
        <translation>&amp;Threads</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="110"/>
        <source>&lt;b&gt;Analysis&lt;/b&gt; (applies to the open model at once)</source>
        <translation>&lt;b&gt;Analyse&lt;/b&gt; (gilt sofort für das geöffnete Modell)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="112"/>
        <source>&amp;Near zero: |w| ≤</source>
        <translation>&amp;Nahe null: |w| ≤</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="113"/>
        <source>&amp;Outliers beyond</source>
        <translation>&amp;Ausreißer jenseits von</translation>
    </message>
</context>
<context>
    <name>pare::ui::PruneBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="154"/>
        <source>&amp;Prune</source>
        <translation>&amp;Pruning</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="161"/>
        <source>Set weights to zero and store only the rest. Pruning and low-rank cannot be combined on one layer.</source>
        <translation>Setzt Gewichte auf null und speichert nur den Rest. Pruning und Low-Rank-Zerlegung lassen sich auf einer Schicht nicht kombinieren.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="163"/>
        <source>Magnitude</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="164"/>
        <source>N:M pattern</source>
        <translation>N:M-Muster</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="165"/>
        <source>Whole channels</source>
        <translation>Ganze Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="166"/>
        <source>Magnitude removes the smallest weights anywhere; N:M keeps N of every M inputs (hardware-friendly); channels removes whole output channels.</source>
        <translation>Betrag entfernt die kleinsten Gewichte überall; N:M behält N von je M Eingängen (hardwarefreundlich); Kanäle entfernt ganze Ausgabekanäle.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="168"/>
        <source>Magnitude |w|</source>
        <translation>Betrag |w|</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="169"/>
        <source>Activation-aware (Wanda)</source>
        <translation>Aktivierungsbasiert (Wanda)</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="171"/>
        <source>Which weights count as smallest: by |w| alone, or by |w| times the norm of the input it multiplies on calibration data (a text for language models, examples for graph models; choose it below).</source>
        <translation>Welche Gewichte als die kleinsten gelten: allein nach |w| oder nach |w| mal der Norm der Eingabe, mit der es auf Kalibrierungsdaten multipliziert wird (ein Text für Sprachmodelle, Beispiele für Graphmodelle; unten wählen).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="174"/>
        <source>Fraction of weights (or channels) removed.</source>
        <translation>Anteil der entfernten Gewichte (oder Kanäle).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="177"/>
        <source>Keep N weights in every group of M consecutive inputs.</source>
        <translation>N Gewichte in jeder Gruppe von M aufeinanderfolgenden Eingängen behalten.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="178"/>
        <source>L2 norm</source>
        <translation>L2-Norm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="179"/>
        <source>L1 norm</source>
        <translation>L1-Norm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="180"/>
        <source>How a channel&apos;s importance is measured.</source>
        <translation>Wie die Wichtigkeit eines Kanals gemessen wird.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="181"/>
        <source>Per layer</source>
        <translation>Pro Schicht</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="182"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="183"/>
        <source>Per layer: each layer reaches the target. Global: one threshold for all matched layers, so robust layers give up more.</source>
        <translation>Pro Schicht: Jede Schicht erreicht das Ziel. Global: ein Schwellwert für alle passenden Schichten, robuste Schichten geben also mehr ab.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="186"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="187"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="188"/>
        <source>Sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="189"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="190"/>
        <source>Channel norm</source>
        <translation>Kanalnorm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="191"/>
        <source>Scope</source>
        <translation>Bereich</translation>
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
        <translation>&amp;Quantisierung</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="60"/>
        <source>Store weights with fewer bits. Each value is rounded to one of a few levels, scaled per tensor, per output channel or per group of inputs.</source>
        <translation>Gewichte mit weniger Bits speichern. Jeder Wert wird auf eine von wenigen Stufen gerundet, skaliert pro Tensor, pro Ausgabekanal oder pro Gruppe von Eingängen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="62"/>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
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
        <translation>Ganzzahlige Stufen mit Skalen oder ein schmaleres Gleitkommaformat.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="68"/>
        <source>Bits per weight: fewer bits make the model smaller and the error larger.</source>
        <translation>Bits pro Gewicht: Weniger Bits machen das Modell kleiner und den Fehler größer.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="69"/>
        <source>Symmetric</source>
        <translation>Symmetrisch</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="70"/>
        <source>Asymmetric</source>
        <translation>Asymmetrisch</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="71"/>
        <source>Symmetric levels are centred on zero; asymmetric ones add a zero-point and fit skewed weights better.</source>
        <translation>Symmetrische Stufen liegen um null; asymmetrische haben einen Nullpunkt und passen besser zu schiefen Gewichten.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="73"/>
        <source>Per tensor</source>
        <translation>Pro Tensor</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="74"/>
        <source>Per channel</source>
        <translation>Pro Kanal</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="75"/>
        <source>Per group</source>
        <translation>Pro Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="76"/>
        <source>How many weights share one scale: finer sharing costs a little size and lowers the error.</source>
        <translation>Wie viele Gewichte sich eine Skala teilen: Feinere Aufteilung kostet etwas Größe und senkt den Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="80"/>
        <source>Inputs per group that share one scale (per-group quantization).</source>
        <translation>Eingänge pro Gruppe, die sich eine Skala teilen (gruppenweise Quantisierung).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="81"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="82"/>
        <source>MSE search</source>
        <translation>MSE-Suche</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="83"/>
        <source>Clip the largest weights when that lowers the squared error of the rest.</source>
        <translation>Größte Gewichte abschneiden, wenn das den quadratischen Fehler der übrigen senkt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="86"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="87"/>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="88"/>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="89"/>
        <source>Scales</source>
        <translation>Skalen</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="90"/>
        <source>Group size</source>
        <translation>Gruppengröße</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="91"/>
        <source>Clipping</source>
        <translation>Abschneiden</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="146"/>
        <source>%1 bit</source>
        <translation>%1 Bit</translation>
    </message>
</context>
<context>
    <name>pare::ui::RuleDialog</name>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="35"/>
        <source>&amp;Keep these layers original</source>
        <translation>Diese Schichten im &amp;Original behalten</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="36"/>
        <source>&amp;Override the settings below</source>
        <translation>Mit den Einstellungen unten ü&amp;berschreiben</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="39"/>
        <source>Recipe Rule</source>
        <translation>Rezeptregel</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="41"/>
        <source>*mlp* or re:^h\.\d+\.attn</source>
        <translation>*mlp* oder re:^h\.\d+\.attn</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="42"/>
        <source>Which layers the rule applies to: a glob on the whole layer name (* and ?), or a regular expression after &quot;re:&quot;.</source>
        <translation>Für welche Schichten die Regel gilt: ein Glob-Muster auf den ganzen Schichtnamen (* und ?) oder ein regulärer Ausdruck nach „re:“.</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="47"/>
        <source>Limit the rule to layers of this kind; with none ticked it applies to every kind.</source>
        <translation>Regel auf Schichten dieser Art beschränken; ist keine angekreuzt, gilt sie für alle Arten.</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="53"/>
        <source>Matched layers keep their original weights, whatever the defaults say.</source>
        <translation>Passende Schichten behalten ihre Originalgewichte, unabhängig von den Standardwerten.</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="54"/>
        <source>Matched layers take the settings chosen below over the defaults and earlier rules.</source>
        <translation>Passende Schichten erhalten die unten gewählten Einstellungen statt der Standardwerte und früherer Regeln.</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="60"/>
        <source>Prune</source>
        <translation>Pruning</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="60"/>
        <source>Quantize</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="60"/>
        <source>Low-rank</source>
        <translation>Low-Rank</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="69"/>
        <source>as before</source>
        <translation>wie bisher</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="70"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="71"/>
        <source>set to</source>
        <translation>setzen auf</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="72"/>
        <source>As before: the defaults and earlier rules decide. Off: this method is not applied to the matched layers. Set to: use the settings below.</source>
        <translation>Wie bisher: Es entscheiden die Standardwerte und früheren Regeln. Aus: Diese Methode wird auf die passenden Schichten nicht angewandt. Setzen auf: die Einstellungen unten verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="92"/>
        <source>&amp;Layers matching</source>
        <translation>&amp;Schichten passend zu</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="93"/>
        <source>Op kinds</source>
        <translation>Operationsarten</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="180"/>
        <source>Enter a layer name pattern: a glob such as *mlp*, or re: and a regular expression.</source>
        <translation>Geben Sie ein Muster für Schichtnamen ein: ein Glob-Muster wie *mlp* oder re: und einen regulären Ausdruck.</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="185"/>
        <source>The pattern is not valid: %1 (at character %2).</source>
        <translation>Das Muster ist ungültig: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="201"/>
        <source>The pattern matches no layer of this model; a recipe rule must match at least one. Patterns match the whole name: try *%1*.</source>
        <translation>Das Muster passt auf keine Schicht dieses Modells; eine Rezeptregel muss auf mindestens eine passen. Muster gelten für den ganzen Namen: Versuchen Sie *%1*.</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="210"/>
        <source>Choose what the rule changes: keep the layers original, or turn a method off or set it.</source>
        <translation>Wählen Sie, was die Regel ändert: Schichten im Original behalten oder eine Methode ausschalten bzw. festlegen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compress/ruledialog.cpp" line="213"/>
        <source>Matches %n layer(s).</source>
        <translation>
            <numerusform>Passt auf eine Schicht.</numerusform>
            <numerusform>Passt auf %n Schichten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pare::ui::ScatterChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="355"/>
        <location filename="../ui/charts/barchart.cpp" line="460"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="369"/>
        <source>variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="391"/>
        <source>selected: %1</source>
        <translation>ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>pare::ui::SensitivityModel</name>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="104"/>
        <source>Lock %1 to its chosen (or last clicked) option</source>
        <translation>%1 auf die gewählte (oder zuletzt angeklickte) Option fixieren</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="111"/>
        <source>Keep %1 original</source>
        <translation>%1 im Original behalten</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="153"/>
        <source>%1, %2: not measured yet</source>
        <translation>%1, %2: noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="155"/>
        <source>%1, %2: does not apply (%3)</source>
        <translation>%1, %2: nicht anwendbar (%3)</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="156"/>
        <source>%1, %2
%3 bytes (%4 % of original), relative error %5
damage %6 (%7)</source>
        <translation>%1, %2
%3 Bytes (%4 % des Originals), relativer Fehler %5
Schaden %6 (%7)</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="204"/>
        <source>Lock</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="206"/>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
</context>
<context>
    <name>pare::ui::Session</name>
    <message>
        <location filename="../ui/session.cpp" line="99"/>
        <source>Analyze %1</source>
        <translation>%1 analysieren</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="134"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="137"/>
        <location filename="../ui/session.cpp" line="169"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="148"/>
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
</context>
<context>
    <name>pare::ui::SolvePanel</name>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="36"/>
        <source>&amp;Run Sweep</source>
        <translation>Durchlauf &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="37"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="37"/>
        <source>&amp;Solve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="38"/>
        <source>&amp;Load Plan as Recipe</source>
        <translation>Plan als &amp;Rezept laden</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="54"/>
        <location filename="../ui/solve/solvepanel.cpp" line="381"/>
        <source>Size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="55"/>
        <source>Bits per weight</source>
        <translation>Bits pro Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="56"/>
        <source>Compression ratio (x)</source>
        <translation>Kompressionsrate (x)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="57"/>
        <location filename="../ui/solve/solvepanel.cpp" line="381"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="60"/>
        <source>Weight error (data-free)</source>
        <translation>Gewichtsfehler (datenfrei)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="61"/>
        <source>Layer output error</source>
        <translation>Fehler der Schichtausgabe</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="62"/>
        <source>End to end (KL / accuracy)</source>
        <translation>Ende-zu-Ende (KL / Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="63"/>
        <source>Relative weight error² × parameters: no data needed, fastest.</source>
        <translation>Relativer Gewichtsfehler² × Parameter: keine Daten nötig, am schnellsten.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="64"/>
        <source>Each layer&apos;s output error on calibration inputs: transformer decoders on the demo model&apos;s bundled text, graph models (ONNX, Keras) on the last examples of its bundled data.</source>
        <translation>Der Ausgabefehler jeder Schicht auf Kalibrierungseingaben: Transformer-Decoder auf dem mitgelieferten Text des Demomodells, Graphmodelle (ONNX, Keras) auf den letzten Beispielen ihrer mitgelieferten Daten.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="67"/>
        <source>Only that layer compressed, the whole model run on evaluation data.</source>
        <translation>Nur diese Schicht komprimiert, das ganze Modell auf Evaluierungsdaten ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="83"/>
        <location filename="../ui/solve/solvepanel.cpp" line="178"/>
        <source>Open a model, then run the sensitivity sweep.</source>
        <translation>Öffnen Sie ein Modell und starten Sie dann den Sensitivitätsdurchlauf.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="89"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="90"/>
        <source>Damage:</source>
        <translation>Schaden:</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="140"/>
        <source>Sweep canceled: %1 of %2 measurements kept; Run Sweep resumes.</source>
        <translation>Durchlauf abgebrochen: %1 von %2 Messungen behalten; „Durchlauf starten“ setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="144"/>
        <source>Sweep failed: %1</source>
        <translation>Durchlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="177"/>
        <source>Run the sensitivity sweep to measure every layer × option.</source>
        <translation>Starten Sie den Sensitivitätsdurchlauf, um jede Schicht × Option zu messen.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="200"/>
        <source>no model is open</source>
        <translation>kein Modell geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="201"/>
        <source>saved sensitivity sweep</source>
        <translation>gespeicherter Sensitivitätsdurchlauf</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="209"/>
        <source>saved sensitivity sweep: layer %1 is not in this model</source>
        <translation>gespeicherter Sensitivitätsdurchlauf: Schicht %1 ist nicht in diesem Modell</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="216"/>
        <source>Saved sweep: %1 of %2 measurements; Run Sweep resumes.</source>
        <translation>Gespeicherter Durchlauf: %1 von %2 Messungen; „Durchlauf starten“ setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="244"/>
        <source>Sensitivity sweep (%1)</source>
        <translation>Sensitivitätsdurchlauf (%1)</translation>
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
        <translation>Führen Sie den Durchlauf vor dem Lösen vollständig aus.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="330"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="329"/>
        <source>Plan for the budget</source>
        <translation>Plan für das Budget</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="353"/>
        <source>Budget solve (%1)</source>
        <translation>Budget lösen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="356"/>
        <source>Solving the budget…</source>
        <translation>Das Budget wird gelöst…</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="370"/>
        <source>Solve canceled; Solve starts it again.</source>
        <translation>Lösen abgebrochen; „Lösen“ startet es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="371"/>
        <source>Solve failed: %1</source>
        <translation>Lösen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="391"/>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="404"/>
        <source>plan for %1</source>
        <translation>Plan für %1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="417"/>
        <source>Budget %1: %2 (%3×, %4 bpw, %5 ms), damage %6 %7 — %8</source>
        <translation>Budget %1: %2 (%3×, %4 bpw, %5 ms), Schaden %6 %7 — %8</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="422"/>
        <source>optimal (%1)</source>
        <translation>optimal (%1)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="423"/>
        <source>%1, gap %2</source>
        <translation>%1, Lücke %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="310"/>
        <source>Pareto front: damage (%1) against %2</source>
        <translation>Pareto-Front: Schaden (%1) gegen %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="311"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="311"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="382"/>
        <source>Damage</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="436"/>
        <source>chosen plan</source>
        <translation>gewählter Plan</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="445"/>
        <source>Solver %1 MB</source>
        <translation>Löser %1 MB</translation>
    </message>
</context>
<context>
    <name>pare::ui::SpectrumChart</name>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="111"/>
        <source>rank kept</source>
        <translation>erhaltener Rang</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="114"/>
        <source>energy kept (%)</source>
        <translation>erhaltene Energie (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="122"/>
        <source>cumulative energy</source>
        <translation>kumulierte Energie</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="136"/>
        <source>%1 % at rank %2</source>
        <translation>%1 % bei Rang %2</translation>
    </message>
</context>
</TS>
