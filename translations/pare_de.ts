<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>pare::ui::BarChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="175"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="183"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
</context>
<context>
    <name>pare::ui::ChannelRangeChart</name>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="33"/>
        <source>output channel</source>
        <translation>Ausgabekanal</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="36"/>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="56"/>
        <source>min–max range</source>
        <translation>Min.–Max.-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="59"/>
        <source>largest |w|</source>
        <translation>größtes |w|</translation>
    </message>
</context>
<context>
    <name>pare::ui::ComparePanel</name>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="24"/>
        <source>Tick the variants to show; double-click a name to rename it.</source>
        <translation>Anzuzeigende Varianten ankreuzen; Doppelklick auf einen Namen benennt ihn um.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="26"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="27"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="28"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="29"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="30"/>
        <source>What the per-layer bars compare.</source>
        <translation>Was die Balken pro Schicht vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="35"/>
        <source>Copy the selected variant (to compare a renamed copy).</source>
        <translation>Gewählte Variante kopieren (um eine umbenannte Kopie zu vergleichen).</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="36"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="37"/>
        <source>Remove the selected variant.</source>
        <translation>Gewählte Variante entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="38"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="39"/>
        <source>Give the selected variant a new name (or double-click it).</source>
        <translation>Gewählte Variante umbenennen (oder doppelklicken).</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="53"/>
        <source>Per-layer chart:</source>
        <translation>Diagramm pro Schicht:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="164"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="225"/>
        <source>Size against error</source>
        <translation>Größe gegen Fehler</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="226"/>
        <source>size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="227"/>
        <source>relative weight error (%)</source>
        <translation>relativer Gewichtsfehler (%)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="232"/>
        <source>Compute a variant to compare it with the original</source>
        <translation>Berechnen Sie eine Variante, um sie mit dem Original zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="233"/>
        <source>Tick a variant to show it</source>
        <translation>Variante zum Anzeigen ankreuzen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="284"/>
        <source>Size per layer, original and variants</source>
        <translation>Größe pro Schicht, Original und Varianten</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="285"/>
        <source>size (KB)</source>
        <translation>Größe (KB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="288"/>
        <source>Multiply-accumulates per layer</source>
        <translation>MAC-Operationen pro Schicht</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="289"/>
        <source>MACs (millions)</source>
        <translation>MACs (Millionen)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="292"/>
        <source>Measured latency per layer (batch 1)</source>
        <translation>Gemessene Latenz pro Schicht (Batch 1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="293"/>
        <source>median time (µs)</source>
        <translation>Median-Zeit (µs)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="296"/>
        <source>Weight error per layer</source>
        <translation>Gewichtsfehler pro Schicht</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="297"/>
        <source>relative Frobenius error (%)</source>
        <translation>relativer Frobenius-Fehler (%)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="301"/>
        <location filename="../ui/compare/comparepanel.cpp" line="339"/>
        <location filename="../ui/compare/comparepanel.cpp" line="344"/>
        <location filename="../ui/compare/comparepanel.cpp" line="347"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="337"/>
        <source>Size against perplexity (lower is better)</source>
        <translation>Größe gegen Perplexität (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="338"/>
        <source>perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="342"/>
        <source>Size against accuracy drop</source>
        <translation>Größe gegen Genauigkeitsverlust</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="343"/>
        <source>accuracy drop (percentage points)</source>
        <translation>Genauigkeitsverlust (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="355"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3× smaller)&lt;br&gt;MACs ÷ %4&lt;br&gt;error %5 %, SQNR %6 dB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3× kleiner)&lt;br&gt;MACs ÷ %4&lt;br&gt;Fehler %5 %, SQNR %6 dB</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="364"/>
        <source>&lt;br&gt;speed-up %1× (%2 → %3 µs)</source>
        <translation>&lt;br&gt;Beschleunigung %1× (%2 → %3 µs)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="368"/>
        <source>&lt;br&gt;perplexity %1 → %2 (%3 %), KL %4</source>
        <translation>&lt;br&gt;Perplexität %1 → %2 (%3 %), KL %4</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="373"/>
        <source>&lt;br&gt;accuracy %1 % → %2 % (%3 points)</source>
        <translation>&lt;br&gt;Genauigkeit %1 % → %2 % (%3 Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="396"/>
        <source>No variant shown.</source>
        <translation>Keine Variante angezeigt.</translation>
    </message>
</context>
<context>
    <name>pare::ui::CompressionPanel</name>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="74"/>
        <source>&amp;Compute Variant</source>
        <translation>Variante &amp;berechnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="74"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="75"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="77"/>
        <source>All layers (defaults)</source>
        <translation>Alle Schichten (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="78"/>
        <source>Edit the defaults for every layer, or an override for the layer selected in the Model dock.</source>
        <translation>Standardwerte für alle Schichten bearbeiten oder eine Ausnahme für die im Dock „Modell“ gewählte Schicht.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="85"/>
        <source>Compress the model with this recipe in the background and add the result to the Compare dock.</source>
        <translation>Modell im Hintergrund mit diesem Rezept komprimieren und das Ergebnis zum Dock „Vergleich“ hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="87"/>
        <source>Rules apply in order after the defaults; a later rule overrides an earlier one for the layers it matches.</source>
        <translation>Regeln gelten der Reihe nach nach den Standardwerten; eine spätere Regel überschreibt eine frühere für die Schichten, auf die sie passt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="91"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="92"/>
        <source>Load a recipe (JSON) saved by Pare or written by hand.</source>
        <translation>Ein von Pare gespeichertes oder von Hand geschriebenes Rezept (JSON) laden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="93"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="94"/>
        <source>Save this recipe as JSON, for pare-cli or another session.</source>
        <translation>Dieses Rezept als JSON speichern, für pare-cli oder eine andere Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="95"/>
        <source>Add a rule: layers matching a name pattern (glob or re:regex) and op kinds keep their original weights or get their own settings.</source>
        <translation>Regel hinzufügen: Schichten, die auf ein Namensmuster (Glob oder re:regex) und Operationsarten passen, behalten ihre Originalgewichte oder erhalten eigene Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="97"/>
        <source>Change the selected rule (or double-click it).</source>
        <translation>Gewählte Regel ändern (oder doppelklicken).</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="100"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="101"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="102"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="103"/>
        <source>Delete the selected rule.</source>
        <translation>Gewählte Regel löschen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="104"/>
        <source>Apply the selected rule earlier.</source>
        <translation>Gewählte Regel früher anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="105"/>
        <source>Apply the selected rule later.</source>
        <translation>Gewählte Regel später anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="133"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="172"/>
        <source>Open Recipe</source>
        <translation>Rezept öffnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="172"/>
        <location filename="../ui/compress/compressionpanel.cpp" line="177"/>
        <source>Recipes (*.json)</source>
        <translation>Rezepte (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="177"/>
        <source>Save Recipe</source>
        <translation>Rezept speichern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="177"/>
        <source>recipe.json</source>
        <translation>rezept.json</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="459"/>
        <source>Add rule %1</source>
        <translation>Regel %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="476"/>
        <source>Edit rule %1</source>
        <translation>Regel %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="487"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="498"/>
        <source>Reorder rules</source>
        <translation>Regeln umordnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="207"/>
        <source>&lt;b&gt;Estimate&lt;/b&gt; — weights %1 → &lt;b&gt;%2&lt;/b&gt; (%3× smaller)&lt;br&gt;MACs %4 → %5&lt;br&gt;error %6 % (relative, parameter-weighted)</source>
        <translation>&lt;b&gt;Schätzung&lt;/b&gt; — Gewichte %1 → &lt;b&gt;%2&lt;/b&gt; (%3× kleiner)&lt;br&gt;MACs %4 → %5&lt;br&gt;Fehler %6 % (relativ, nach Parametern gewichtet)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="217"/>
        <source> (err %1 %)</source>
        <translation> (Fehler %1 %)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="434"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="444"/>
        <source>Compute %1</source>
        <translation>%1 berechnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="274"/>
        <source>Open a model to see the estimated size, MACs and error.</source>
        <translation>Öffnen Sie ein Modell, um geschätzte Größe, MACs und Fehler zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="277"/>
        <source>Preparing estimates…</source>
        <translation>Schätzungen werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="294"/>
        <source>Prepare estimates</source>
        <translation>Schätzungen vorbereiten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="307"/>
        <source>Selected layer: %1</source>
        <translation>Gewählte Schicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="351"/>
        <source>keep original</source>
        <translation>Original behalten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="353"/>
        <source>prune %1</source>
        <translation>Pruning %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="355"/>
        <source>quantize %1</source>
        <translation>Quantisierung %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="357"/>
        <source>low-rank %1</source>
        <translation>Low-Rank %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="358"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="381"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="384"/>
        <source>Change defaults</source>
        <translation>Standardwerte ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="394"/>
        <source>Change recipe</source>
        <translation>Rezept ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="406"/>
        <source>&lt;b&gt;Recipe problem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Problem im Rezept:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="541"/>
        <source>Open recipe</source>
        <translation>Rezept öffnen</translation>
    </message>
</context>
<context>
    <name>pare::ui::ExportMenu</name>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="24"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="27"/>
        <source>&amp;Compressed Model…</source>
        <translation>&amp;Komprimiertes Modell…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="29"/>
        <source>Write the newest variant as a Pare file, safetensors, GGUF for llama.cpp, ONNX with Q/DQ, a decompressed copy or a Hugging Face directory.</source>
        <translation>Neueste Variante als Pare-Datei, safetensors, GGUF für llama.cpp, ONNX mit Q/DQ, dekomprimierte Kopie oder Hugging-Face-Verzeichnis schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="31"/>
        <source>&amp;Recipe…</source>
        <translation>&amp;Rezept…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="32"/>
        <source>Export Recipe</source>
        <translation>Rezept exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="32"/>
        <source>recipe.json</source>
        <translation>rezept.json</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="33"/>
        <source>Recipes (*.json)</source>
        <translation>Rezepte (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="39"/>
        <source>&amp;llama-quantize Arguments…</source>
        <translation>&amp;llama-quantize-Argumente…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="40"/>
        <source>Export llama-quantize Arguments</source>
        <translation>llama-quantize-Argumente exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="41"/>
        <source>llama-quantize.sh</source>
        <translation>llama-quantize.sh</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="41"/>
        <source>Shell scripts (*.sh *.txt)</source>
        <translation>Shell-Skripte (*.sh *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="46"/>
        <source>ll&amp;m-compressor Recipe…</source>
        <translation>ll&amp;m-compressor-Rezept…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="47"/>
        <source>Export llm-compressor Recipe</source>
        <translation>llm-compressor-Rezept exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>recipe.yaml</source>
        <translation>rezept.yaml</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="80"/>
        <source>Pare variant (*.pare)</source>
        <translation>Pare-Variante (*.pare)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="81"/>
        <source>Encoded safetensors (*.safetensors)</source>
        <translation>Kodierte safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="82"/>
        <source>GGUF for llama.cpp (*.gguf)</source>
        <translation>GGUF für llama.cpp (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="83"/>
        <source>ONNX with Q/DQ for ONNX Runtime (*.onnx)</source>
        <translation>ONNX mit Q/DQ für ONNX Runtime (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="85"/>
        <source>Decompressed Hugging Face directory (*)</source>
        <translation>Dekomprimiertes Hugging-Face-Verzeichnis (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="86"/>
        <source>Decompressed copy (*%1)</source>
        <translation>Dekomprimierte Kopie (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="87"/>
        <source>Hugging Face directory (*)</source>
        <translation>Hugging-Face-Verzeichnis (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="95"/>
        <source>Export Compressed Model</source>
        <translation>Komprimiertes Modell exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="139"/>
        <source>writing %1 bytes</source>
        <translation>%1 Bytes werden geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="150"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="174"/>
        <location filename="../ui/export/exportmenu.cpp" line="182"/>
        <location filename="../ui/export/exportmenu.cpp" line="196"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="198"/>
        <source>Wrote %1: %2 bytes (the variant&apos;s encoded size is %3 bytes).</source>
        <translation>%1 geschrieben: %2 Bytes (die kodierte Größe der Variante beträgt %3 Bytes).</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="204"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>pare::ui::FrontChart</name>
    <message>
        <location filename="../ui/solve/frontchart.cpp" line="75"/>
        <source>%1, log scale</source>
        <translation>%1, log. Skala</translation>
    </message>
</context>
<context>
    <name>pare::ui::HistogramChart</name>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="73"/>
        <source>Drag across the chart to zoom into a range of values; right-click to show the whole range again.</source>
        <translation>Über das Diagramm ziehen, um einen Wertebereich zu vergrößern; Rechtsklick zeigt wieder den ganzen Bereich.</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="95"/>
        <source>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="115"/>
        <source>count (log scale)</source>
        <translation>Anzahl (log. Skala)</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="115"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="146"/>
        <location filename="../ui/charts/histogramchart.cpp" line="253"/>
        <source>clipped</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="163"/>
        <location filename="../ui/charts/histogramchart.cpp" line="223"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="170"/>
        <location filename="../ui/charts/histogramchart.cpp" line="237"/>
        <source>decoded</source>
        <translation>dekodiert</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="195"/>
        <source>%1 levels</source>
        <translation>%1 Stufen</translation>
    </message>
</context>
<context>
    <name>pare::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="33"/>
        <source>&amp;Log counts</source>
        <translation>&amp;Log-Skala</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="65"/>
        <source> bins</source>
        <translation> Klassen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="66"/>
        <source>Number of histogram bins (16 to 4096).</source>
        <translation>Anzahl der Histogrammklassen (16 bis 4096).</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="68"/>
        <source>Show counts on a logarithmic axis, to see the rare values in the tails.</source>
        <translation>Anzahl auf logarithmischer Achse zeigen, um seltene Werte in den Rändern zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="69"/>
        <source>Weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="70"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="316"/>
        <source>log₁₀ |weight|</source>
        <translation>log₁₀ |Gewicht|</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="71"/>
        <source>Histogram of the values, or of their magnitudes on a log scale (shows how many weights are tiny).</source>
        <translation>Histogramm der Werte oder ihrer Beträge auf log. Skala (zeigt, wie viele Gewichte winzig sind).</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="73"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="74"/>
        <source>Show the whole range of values again.</source>
        <translation>Wieder den ganzen Wertebereich zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="95"/>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="95"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="101"/>
        <source>&amp;Histogram</source>
        <translation>&amp;Histogramm</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="102"/>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="103"/>
        <source>S&amp;pectrum</source>
        <translation>S&amp;pektrum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="104"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="105"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="450"/>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="222"/>
        <source>Preview plan of %1</source>
        <translation>Plan-Vorschau für %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="249"/>
        <source>Select a layer in the Model dock to see its weights.</source>
        <translation>Wählen Sie im Dock „Modell“ eine Schicht, um ihre Gewichte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="255"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 parameters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 Parameter</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="263"/>
        <source>Per-channel range — %1</source>
        <translation>Bereich pro Kanal — %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="269"/>
        <source>Per-channel range — %1 (analysis running…)</source>
        <translation>Bereich pro Kanal — %1 (Analyse läuft…)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="303"/>
        <source>Histogram of %1</source>
        <translation>Histogramm von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="315"/>
        <source>Magnitudes of %1</source>
        <translation>Beträge von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="315"/>
        <source>Weights of %1</source>
        <translation>Gewichte von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="316"/>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="323"/>
        <source>%1 below and %2 above the range shown</source>
        <translation>%1 unter und %2 über dem gezeigten Bereich</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="325"/>
        <source>%1 exact zeros not shown</source>
        <translation>%1 exakte Nullen nicht gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="327"/>
        <source>%1 NaN, %2 Inf</source>
        <translation>%1 NaN, %2 Inf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="331"/>
        <source>after the plan</source>
        <translation>nach dem Plan</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="340"/>
        <source>%1 levels of the widest of %2 scales</source>
        <translation>%1 Stufen der breitesten von %2 Skalen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="341"/>
        <source>%1 levels</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="357"/>
        <source>A spectrum is shown for the 2-D weights of dense and convolution layers.</source>
        <translation>Ein Spektrum wird für die 2-D-Gewichte von Dense- und Faltungsschichten gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="363"/>
        <source>Computing singular values…</source>
        <translation>Singulärwerte werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="371"/>
        <source>Spectrum of %1</source>
        <translation>Spektrum von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="377"/>
        <source>Singular-value energy — %1</source>
        <translation>Singulärwert-Energie — %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="386"/>
        <source>%1 %: beyond the top %2</source>
        <translation>%1 %: jenseits der obersten %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="387"/>
        <source>%1 %: rank %2</source>
        <translation>%1 %: Rang %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="389"/>
        <source>%1×%2, %3 singular values (%4). Energy kept — %5</source>
        <translation>%1×%2, %3 Singulärwerte (%4). Erhaltene Energie — %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="391"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="391"/>
        <source>randomized SVD</source>
        <translation>randomisierte SVD</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="402"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="403"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="407"/>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="408"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="409"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="410"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="411"/>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="412"/>
        <source>Mean |w|</source>
        <translation>Mittelwert |w|</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="413"/>
        <source>Excess kurtosis</source>
        <translation>Exzess-Kurtosis</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="414"/>
        <source>Exact zeros</source>
        <translation>Exakte Nullen</translation>
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
        <translation>Nahe null (|w| ≤ %1)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="416"/>
        <source>Outliers (beyond %1 σ)</source>
        <translation>Ausreißer (über %1 σ)</translation>
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
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="418"/>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="421"/>
        <source>Percentile %1</source>
        <translation>Perzentil %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="447"/>
        <source>No warnings for this layer.</source>
        <translation>Keine Warnungen für diese Schicht.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="449"/>
        <source>&amp;Warnings (%1)</source>
        <translation>&amp;Warnungen (%1)</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="102"/>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="102"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="103"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="103"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="114"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="115"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="116"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="117"/>
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
        <location filename="../ui/model/layertablemodel.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="51"/>
        <source>Multiply-accumulates cannot be known from this file (no input shape).</source>
        <translation>MAC-Operationen sind aus dieser Datei nicht bestimmbar (keine Eingabeform).</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="53"/>
        <source>Shares its weight with another layer.</source>
        <translation>Teilt ihr Gewicht mit einer anderen Schicht.</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="68"/>
        <source>%1 (tied)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="75"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="86"/>
        <source>Multiply-accumulates per inference at the current input shape.</source>
        <translation>MAC-Operationen pro Inferenz bei der aktuellen Eingabeform.</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="90"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="91"/>
        <source>Op</source>
        <translation>Op.</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="92"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="93"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="94"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="95"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="96"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="97"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="98"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>pare::ui::LowRankBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="236"/>
        <source>&amp;Low-rank</source>
        <translation>&amp;Low-Rank-Zerlegung</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="241"/>
        <source>Replace a weight matrix by the product of two thin matrices from its singular value decomposition.</source>
        <translation>Ersetzt eine Gewichtsmatrix durch das Produkt zweier schmaler Matrizen aus ihrer Singulärwertzerlegung.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="243"/>
        <source>Keep energy</source>
        <translation>Energie erhalten</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="244"/>
        <source>Fixed rank</source>
        <translation>Fester Rang</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="245"/>
        <source>Choose the rank per layer by the share of the spectrum&apos;s energy kept, or set one rank for all.</source>
        <translation>Rang pro Schicht nach dem erhaltenen Anteil der Spektrumsenergie wählen oder einen Rang für alle festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="247"/>
        <source>Share of Σσ² kept: the rank grows until it is reached (rounded up to 8).</source>
        <translation>Erhaltener Anteil von Σσ²: Der Rang wächst, bis er erreicht ist (auf ein Vielfaches von 8 aufgerundet).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="250"/>
        <source>Rank of the two factors.</source>
        <translation>Rang der beiden Faktoren.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="252"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="253"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="254"/>
        <source>Rank</source>
        <translation>Rang</translation>
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
        <translation>Öffnen Sie ein Modell mit Datei &gt; Öffnen oder ziehen Sie eine Datei auf das Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Could Not Open Model</source>
        <translation>Modell konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Pare could not open %1.</source>
        <translation>Pare konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>%1

Check that the file is a complete safetensors, ONNX, Keras HDF5, GGUF or NumPy file, or a Hugging Face model folder.</source>
        <translation>%1

Prüfen Sie, ob die Datei eine vollständige safetensors-, ONNX-, Keras-HDF5-, GGUF- oder NumPy-Datei oder ein Hugging-Face-Modellordner ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Model Has Changed</source>
        <translation>Modell wurde geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Model Not Found</source>
        <translation>Modell nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>The model of %1 has changed since the project was saved.</source>
        <translation>Das Modell von %1 wurde seit dem Speichern des Projekts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>The model of %1 is not where it was.</source>
        <translation>Das Modell von %1 ist nicht mehr am bisherigen Ort.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>%1

Locate the original model, or open the changed model anyway (the saved figures may no longer match it).</source>
        <translation>%1

Suchen Sie das ursprüngliche Modell oder öffnen Sie das geänderte Modell trotzdem (die gespeicherten Werte passen dann womöglich nicht mehr).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>%1

Locate the model file or folder to open the project.</source>
        <translation>%1

Suchen Sie die Modelldatei oder den Modellordner, um das Projekt zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Locate Model</source>
        <translation>Modell suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Models (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;All files (*)</source>
        <translation>Modelle (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Project not opened: its model was not located.</source>
        <translation>Projekt nicht geöffnet: Sein Modell wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Project not opened.</source>
        <translation>Projekt nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>No model open.
File &gt; Open… or drop a model file here.</source>
        <translation>Kein Modell geöffnet.
Datei &gt; Öffnen… oder Modelldatei hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Select a layer to see its weight distribution, channel ranges and spectrum.</source>
        <translation>Wählen Sie eine Schicht, um Gewichtsverteilung, Kanalbereiche und Spektrum zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Pruning, quantization and low-rank settings appear here once a model is open.</source>
        <translation>Einstellungen für Pruning, Quantisierung und Low-Rank-Zerlegung erscheinen hier, sobald ein Modell geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>Computed variants are compared with the original here.</source>
        <translation>Hier werden berechnete Varianten mit dem Original verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Open Model or Project</source>
        <translation>Modell oder Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Models and projects (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare projects (*.pare);;All files (*)</source>
        <translation>Modelle und Projekte (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare-Projekte (*.pare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Language model (GPT-2, King James Bible)</source>
        <translation>Sprachmodell (GPT-2, King-James-Bibel)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Image classifier (CNN, Fashion-MNIST, ONNX)</source>
        <translation>Bildklassifikator (CNN, Fashion-MNIST, ONNX)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Image classifier (CNN, Fashion-MNIST, Keras)</source>
        <translation>Bildklassifikator (CNN, Fashion-MNIST, Keras)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Save the model reference, recipe and computed variants as a .pare project.</source>
        <translation>Modellverweis, Rezept und berechnete Varianten als .pare-Projekt speichern.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Write the comparison of the shown variants as HTML, PDF, CSV, JSON or Markdown.</source>
        <translation>Vergleich der angezeigten Varianten als HTML, PDF, CSV, JSON oder Markdown schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>report.html</source>
        <translation>bericht.html</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>&amp;About Pare</source>
        <translation>Ü&amp;ber Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>Could Not Write Report</source>
        <translation>Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <location filename="../ui/mainwindow.cpp" line="701"/>
        <source>%1

Choose another folder or file name.</source>
        <translation>%1

Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>About Pare</source>
        <translation>Über Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;A workbench for compressing neural-network models: inspect, prune, quantize and factorize, then compare against the original.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank zum Komprimieren neuronaler Netze: untersuchen, prunen, quantisieren und faktorisieren, dann mit dem Original vergleichen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>Project saved to %1</source>
        <translation>Projekt in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>Could Not Save Project</source>
        <translation>Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="725"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="725"/>
        <source>Pare projects (*.pare)</source>
        <translation>Pare-Projekte (*.pare)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="746"/>
        <source>Open Anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="755"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756"/>
        <source>The project has unsaved changes.</source>
        <translation>Das Projekt hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>Save them before going on? Discarded variants must be computed again.</source>
        <translation>Vor dem Fortfahren speichern? Verworfene Varianten müssen neu berechnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="778"/>
        <source>%1 (no project)</source>
        <translation>%1 (kein Projekt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>%1[*] — Pare</source>
        <translation>%1[*] — Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>Variants left out because they do not fit this model: %1</source>
        <translation>Ausgelassene Varianten, da sie nicht zu diesem Modell passen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="820"/>
        <source>Recovered the unsaved session</source>
        <translation>Ungespeicherte Sitzung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="820"/>
        <source>Opened project %1</source>
        <translation>Projekt %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="844"/>
        <source>Restore Unsaved Work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="845"/>
        <source>Pare did not shut down cleanly last time.</source>
        <translation>Pare wurde beim letzten Mal nicht ordnungsgemäß beendet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="846"/>
        <source>An autosaved session from %1 is available. Restore it?</source>
        <translation>Eine automatisch gespeicherte Sitzung vom %1 ist verfügbar. Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>pare::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="29"/>
        <source>Filter layers (text, or re:regex)</source>
        <translation>Schichten filtern (Text oder re:regex)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="31"/>
        <source>Shows layers whose name contains this text. Start with &quot;re:&quot; for a regular expression, e.g. re:blk\.\d+\.attn</source>
        <translation>Zeigt Schichten, deren Name diesen Text enthält. Mit „re:“ beginnen für einen regulären Ausdruck, z. B. re:blk\.\d+\.attn</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="33"/>
        <source>All ops</source>
        <translation>Alle Operationen</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="34"/>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="34"/>
        <source>Conv</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="34"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Norm</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="37"/>
        <source>Show only layers of one kind.</source>
        <translation>Nur Schichten einer Art zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="55"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="56"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="57"/>
        <source>Sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="58"/>
        <source>What the layer chart shows: parameters, stored bytes, or the share of weights that are exactly zero.</source>
        <translation>Was das Schichtdiagramm zeigt: Parameter, gespeicherte Bytes oder den Anteil der Gewichte, die exakt null sind.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="63"/>
        <source>Click a bar to select its layer.</source>
        <translation>Auf einen Balken klicken, um seine Schicht zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="74"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="124"/>
        <source>No model open. Use File &gt; Open… or drop a model file here.</source>
        <translation>Kein Modell geöffnet. Datei &gt; Öffnen… verwenden oder Modelldatei hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="128"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="130"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="132"/>
        <source>%1 (+%2 layers unknown)</source>
        <translation>%1 (+%2 Schichten unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 parameters in %5 tensors, %6 (%7)&lt;br&gt;%8 layers, %9 MACs per inference</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 Parameter in %5 Tensoren, %6 (%7)&lt;br&gt;%8 Schichten, %9 MACs pro Inferenz</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="137"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="185"/>
        <source>Layer sizes appear here once a model is open</source>
        <translation>Schichtgrößen erscheinen hier, sobald ein Modell geöffnet ist</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="191"/>
        <source>Sparsity per layer: not computed yet (the analysis is running)</source>
        <translation>Sparsität pro Schicht: noch nicht berechnet (die Analyse läuft)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="234"/>
        <source>largest %1 of %2 layers</source>
        <translation>größte %1 von %2 Schichten</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="235"/>
        <source>all %1 layers</source>
        <translation>alle %1 Schichten</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="238"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="239"/>
        <source>Parameters per layer (%1)</source>
        <translation>Parameter pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="240"/>
        <source>parameters (millions)</source>
        <translation>Parameter (Millionen)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="243"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="244"/>
        <source>Stored size per layer (%1)</source>
        <translation>Gespeicherte Größe pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="245"/>
        <source>size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="248"/>
        <source>sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="249"/>
        <source>Exact zeros per layer (%1)</source>
        <translation>Exakte Nullen pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="250"/>
        <source>zero weights (%)</source>
        <translation>Nullgewichte (%)</translation>
    </message>
</context>
<context>
    <name>pare::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="22"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="24"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="28"/>
        <source>The language of Pare&apos;s window. Takes effect when Pare starts again.</source>
        <translation>Die Sprache des Pare-Fensters. Wirkt beim nächsten Start von Pare.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="30"/>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="32"/>
        <source>How many threads background jobs may use.</source>
        <translation>Wie viele Threads Hintergrundaufträge nutzen dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="35"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>Light or dark colours for the window and its charts; System follows the desktop&apos;s setting.</source>
        <translation>Helle oder dunkle Farben für das Fenster und seine Diagramme; „System“ folgt der Einstellung des Desktops.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="46"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="47"/>
        <source>The language changes when Pare starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Pare.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="48"/>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="49"/>
        <source>&amp;Threads</source>
        <translation>&amp;Threads</translation>
    </message>
</context>
<context>
    <name>pare::ui::PruneBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="153"/>
        <source>&amp;Prune</source>
        <translation>&amp;Pruning</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="159"/>
        <source>Set weights to zero and store only the rest. Pruning and low-rank cannot be combined on one layer.</source>
        <translation>Setzt Gewichte auf null und speichert nur den Rest. Pruning und Low-Rank-Zerlegung lassen sich auf einer Schicht nicht kombinieren.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="161"/>
        <source>Magnitude</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="162"/>
        <source>N:M pattern</source>
        <translation>N:M-Muster</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="163"/>
        <source>Whole channels</source>
        <translation>Ganze Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="164"/>
        <source>Magnitude removes the smallest weights anywhere; N:M keeps N of every M inputs (hardware-friendly); channels removes whole output channels.</source>
        <translation>Betrag entfernt die kleinsten Gewichte überall; N:M behält N von je M Eingängen (hardwarefreundlich); Kanäle entfernt ganze Ausgabekanäle.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="166"/>
        <source>Fraction of weights (or channels) removed.</source>
        <translation>Anteil der entfernten Gewichte (oder Kanäle).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="169"/>
        <source>Keep N weights in every group of M consecutive inputs.</source>
        <translation>N Gewichte in jeder Gruppe von M aufeinanderfolgenden Eingängen behalten.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="170"/>
        <source>L2 norm</source>
        <translation>L2-Norm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="171"/>
        <source>L1 norm</source>
        <translation>L1-Norm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="172"/>
        <source>How a channel&apos;s importance is measured.</source>
        <translation>Wie die Wichtigkeit eines Kanals gemessen wird.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="173"/>
        <source>Per layer</source>
        <translation>Pro Schicht</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="174"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="175"/>
        <source>Per layer: each layer reaches the target. Global: one threshold for all matched layers, so robust layers give up more.</source>
        <translation>Pro Schicht: Jede Schicht erreicht das Ziel. Global: ein Schwellwert für alle passenden Schichten, robuste Schichten geben also mehr ab.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="178"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="179"/>
        <source>Sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="180"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="181"/>
        <source>Channel norm</source>
        <translation>Kanalnorm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="182"/>
        <source>Scope</source>
        <translation>Bereich</translation>
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
        <location filename="../ui/compress/methodboxes.cpp" line="145"/>
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
        <location filename="../ui/charts/barchart.cpp" line="310"/>
        <location filename="../ui/charts/barchart.cpp" line="367"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="324"/>
        <source>variants</source>
        <translation>Varianten</translation>
    </message>
</context>
<context>
    <name>pare::ui::SensitivityModel</name>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="101"/>
        <source>Lock %1 to its chosen (or last clicked) option</source>
        <translation>%1 auf die gewählte (oder zuletzt angeklickte) Option fixieren</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="108"/>
        <source>Keep %1 original</source>
        <translation>%1 im Original behalten</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="150"/>
        <source>%1, %2: not measured yet</source>
        <translation>%1, %2: noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="152"/>
        <source>%1, %2: does not apply (%3)</source>
        <translation>%1, %2: nicht anwendbar (%3)</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="153"/>
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
        <location filename="../ui/session.cpp" line="96"/>
        <source>Analyze %1</source>
        <translation>%1 analysieren</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="128"/>
        <location filename="../ui/session.cpp" line="163"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="139"/>
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
</context>
<context>
    <name>pare::ui::SolvePanel</name>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="32"/>
        <source>&amp;Run Sweep</source>
        <translation>Durchlauf &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="33"/>
        <source>&amp;Solve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="34"/>
        <source>&amp;Load Plan as Recipe</source>
        <translation>Plan als &amp;Rezept laden</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="50"/>
        <location filename="../ui/solve/solvepanel.cpp" line="307"/>
        <source>Size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="51"/>
        <source>Bits per weight</source>
        <translation>Bits pro Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="52"/>
        <source>Compression ratio (x)</source>
        <translation>Kompressionsrate (x)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="53"/>
        <location filename="../ui/solve/solvepanel.cpp" line="307"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="56"/>
        <source>Weight error (data-free)</source>
        <translation>Gewichtsfehler (datenfrei)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="57"/>
        <source>Layer output error</source>
        <translation>Fehler der Schichtausgabe</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="58"/>
        <source>End to end (KL / accuracy)</source>
        <translation>Ende-zu-Ende (KL / Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="61"/>
        <source>Not available: the runtime does not expose per-layer calibration inputs yet.</source>
        <translation>Nicht verfügbar: Die Laufzeitumgebung stellt noch keine Kalibrierungseingaben pro Schicht bereit.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="78"/>
        <location filename="../ui/solve/solvepanel.cpp" line="169"/>
        <source>Open a model, then run the sensitivity sweep.</source>
        <translation>Öffnen Sie ein Modell und starten Sie dann den Sensitivitätsdurchlauf.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="84"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="85"/>
        <source>Damage:</source>
        <translation>Schaden:</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="134"/>
        <source>Sweep canceled: %1 of %2 measurements kept; Run Sweep resumes.</source>
        <translation>Durchlauf abgebrochen: %1 von %2 Messungen behalten; „Durchlauf starten“ setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="138"/>
        <source>Sweep failed: %1</source>
        <translation>Durchlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="168"/>
        <source>Run the sensitivity sweep to measure every layer × option.</source>
        <translation>Starten Sie den Sensitivitätsdurchlauf, um jede Schicht × Option zu messen.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="203"/>
        <source>Sensitivity sweep (%1)</source>
        <translation>Sensitivitätsdurchlauf (%1)</translation>
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
        <translation>Führen Sie den Durchlauf vor dem Lösen vollständig aus.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="273"/>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="288"/>
        <source>Budget %1: %2 MB (%3x, %4 bpw, %5 ms), damage %6 %7 — %8</source>
        <translation>Budget %1: %2 MB (%3x, %4 bpw, %5 ms), Schaden %6 %7 — %8</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="296"/>
        <source>optimal (%1)</source>
        <translation>optimal (%1)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="296"/>
        <source>%1, gap %2</source>
        <translation>%1, Lücke %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="306"/>
        <source>Pareto front: damage (%1) against %2</source>
        <translation>Pareto-Front: Schaden (%1) gegen %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="306"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="306"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="308"/>
        <source>Damage</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="333"/>
        <source>Solver %1 MB</source>
        <translation>Löser %1 MB</translation>
    </message>
</context>
<context>
    <name>pare::ui::SpectrumChart</name>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="84"/>
        <source>rank kept</source>
        <translation>erhaltener Rang</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="87"/>
        <source>energy kept (%)</source>
        <translation>erhaltene Energie (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="95"/>
        <source>cumulative energy</source>
        <translation>kumulierte Energie</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="109"/>
        <source>%1 % at rank %2</source>
        <translation>%1 % bei Rang %2</translation>
    </message>
</context>
</TS>
