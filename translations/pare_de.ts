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
    <name>pare::core</name>
    <message>
        <location filename="../core/analysis/lint.cpp" line="36"/>
        <source>tensor &apos;%1&apos;</source>
        <translation>Tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="37"/>
        <source>layer &apos;%1&apos; (tensor &apos;%2&apos;)</source>
        <translation>Schicht &apos;%1&apos; (Tensor &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="59"/>
        <source>%1: %2 of %3 output channels are all zero (first: channel %4); they can be pruned for free</source>
        <translation>%1: %2 von %3 Ausgabekanälen sind vollständig null (erster: Kanal %4); sie lassen sich ohne Verlust prunen</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="77"/>
        <source>%1: %2 output channels have |w|max above %3× the median channel |w|max of %4 (worst: channel %5 at %6); per-tensor quantization will crush the other channels</source>
        <translation>%1: %2 Ausgabekanäle haben ein |w|max über dem %3-Fachen des Kanal-Medians von |w|max (%4) (schlimmster: Kanal %5 mit %6); eine Quantisierung pro Tensor löst die übrigen Kanäle dann viel zu grob auf</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="87"/>
        <source>%1: excess kurtosis %2 (above %3): heavy tails; prefer per-channel or outlier-aware quantization</source>
        <translation>%1: Exzess-Kurtosis %2 (über %3): schwere Verteilungsränder; besser pro Kanal oder ausreißerbewusst quantisieren</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="93"/>
        <source>%1: %2 of the weights are exactly zero (above %3): already sparse</source>
        <translation>%1: %2 der Gewichte sind exakt null (über %3): bereits dünn besetzt</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="98"/>
        <source>%1: only %2 distinct values%3 in %4 elements of %5: already quantized; quantizing again gains little</source>
        <translation>%1: nur %2 verschiedene Werte%3 in %4 Elementen vom Typ %5: bereits quantisiert; erneutes Quantisieren bringt wenig</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="101"/>
        <source> (sampled)</source>
        <translation> (Stichprobe)</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="138"/>
        <source>tensors %1 hold identical bytes (%2 each): tied or duplicated weights, stored %3 times</source>
        <translation>Tensoren %1 enthalten identische Bytes (je %2 Bytes): gekoppelte oder doppelte Gewichte, %3-mal gespeichert</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="166"/>
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
        <location filename="../core/common/isolate.cpp" line="282"/>
        <source>%1: cannot create a pipe for the reader process: %2</source>
        <translation>%1: Pipe für den Leseprozess kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="292"/>
        <source>%1: cannot start the reader process: %2</source>
        <translation>%1: Leseprozess kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="393"/>
        <source>reading this file did not finish within %1 s; the reader was stopped (the file is corrupt, or the machine is badly overloaded)</source>
        <translation>das Lesen dieser Datei wurde nicht innerhalb von %1 s abgeschlossen; der Leseprozess wurde beendet (die Datei ist beschädigt oder der Rechner stark überlastet)</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="398"/>
        <source>the reader process sent more than %1 bytes; refused</source>
        <translation>der Leseprozess hat mehr als %1 Bytes gesendet; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="403"/>
        <source>the library reading this file crashed (signal %1, %2) — the file is corrupt or hostile</source>
        <translation>die Bibliothek, die diese Datei liest, ist abgestürzt (Signal %1, %2) — die Datei ist beschädigt oder bösartig</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="409"/>
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
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="19"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="24"/>
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
        <location filename="../core/io/ggufparser.cpp" line="76"/>
        <source>%1: GGUF %2 at offset %3: %4</source>
        <translation>%1: GGUF %2 bei Offset %3: %4</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="81"/>
        <source>file truncated reading %1 (needs %2 bytes, %3 remain)</source>
        <translation>Datei beim Lesen von %1 abgeschnitten (benötigt %2 Bytes, %3 verbleiben)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="105"/>
        <source>%1 length %2 runs past the end of the file (%3 bytes remain)</source>
        <translation>Länge %2 von %1 reicht über das Dateiende hinaus (%3 Bytes verbleiben)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="174"/>
        <location filename="../core/io/ggufwriter.cpp" line="58"/>
        <source>arrays nested deeper than %1 levels</source>
        <translation>Arrays tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="187"/>
        <source>array of %1 %2 values needs at least %3 bytes per element, but only %4 bytes remain</source>
        <translation>Array aus %1 %2-Werten braucht mindestens %3 Bytes pro Element, aber nur %4 Bytes verbleiben</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="240"/>
        <source>empty tensor name</source>
        <translation>leerer Tensorname</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="241"/>
        <source>tensor name is not valid UTF-8</source>
        <translation>Tensorname ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="251"/>
        <source>n_dims %1 exceeds the maximum of %2</source>
        <translation>n_dims %1 überschreitet das Maximum von %2</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="261"/>
        <source>ne[%1] = %2 is out of range</source>
        <translation>ne[%1] = %2 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="276"/>
        <source>%1: GGUF %2 at offset %3: tensor type %4 (%5) is not supported</source>
        <translation>%1: GGUF %2 bei Offset %3: Tensortyp %4 (%5) wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="286"/>
        <source>shape [%1] overflows</source>
        <translation>Form [%1] läuft über</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="292"/>
        <source>ne[0] = %1 is not a multiple of the %2 block size %3</source>
        <translation>ne[0] = %1 ist kein Vielfaches der %2-Blockgröße %3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="299"/>
        <source>%1 elements of %2 do not fit a byte count</source>
        <translation>%1 Elemente vom Typ %2 ergeben eine zu große Byteanzahl</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="311"/>
        <source>%1: GGUF tensor &apos;%2&apos; (info at offset %3)</source>
        <translation>%1: GGUF-Tensor &apos;%2&apos; (Info bei Offset %3)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="315"/>
        <source>%1: data offset %2 is not a multiple of the alignment %3</source>
        <translation>%1: Datenoffset %2 ist kein Vielfaches der Ausrichtung %3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="320"/>
        <source>%1: data [%2, +%3 bytes) from the data section at %4 runs past the end of the file (%5 bytes)</source>
        <translation>%1: Daten [%2, +%3 Bytes) ab dem Datenabschnitt bei %4 reichen über das Dateiende hinaus (%5 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="335"/>
        <source>%1: GGUF tensor &apos;%2&apos; data at offset %3 overlaps tensor &apos;%4&apos; at offset %5 (%6 bytes)</source>
        <translation>%1: Daten des GGUF-Tensors &apos;%2&apos; bei Offset %3 überlappen Tensor &apos;%4&apos; bei Offset %5 (%6 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="347"/>
        <source>%1: file is empty</source>
        <translation>%1: Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="353"/>
        <source>%1: not a GGUF file (magic at offset 0 is 0x%2, expected &quot;GGUF&quot;)</source>
        <translation>%1: keine GGUF-Datei (Magic bei Offset 0 ist 0x%2, erwartet „GGUF“)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="359"/>
        <source>%1: GGUF version 1 (offset 4) is not supported: it predates 64-bit counts; re-convert the model with current llama.cpp</source>
        <translation>%1: GGUF-Version 1 (Offset 4) wird nicht unterstützt: Sie ist älter als die 64-Bit-Zähler; konvertieren Sie das Modell mit einem aktuellen llama.cpp neu</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="365"/>
        <source>%1: big-endian GGUF (version field at offset 4) is not supported</source>
        <translation>%1: Big-Endian-GGUF (Versionsfeld bei Offset 4) wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="367"/>
        <source>%1: GGUF version %2 (offset 4) is not supported; Pare reads versions 2 and 3</source>
        <translation>%1: GGUF-Version %2 (Offset 4) wird nicht unterstützt; Pare liest die Versionen 2 und 3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="375"/>
        <source>metadata_kv_count %1 is impossible: %2 bytes remain</source>
        <translation>metadata_kv_count %1 ist unmöglich: nur %2 Bytes verbleiben</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="378"/>
        <source>tensor_count %1 is impossible: %2 bytes remain</source>
        <translation>tensor_count %1 ist unmöglich: nur %2 Bytes verbleiben</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="386"/>
        <source>metadata entry %1</source>
        <translation>Metadateneintrag %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="394"/>
        <source>key is not valid UTF-8</source>
        <translation>Schlüssel ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="401"/>
        <source>duplicate key</source>
        <translation>doppelter Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="411"/>
        <source>metadata &apos;general.alignment&apos;</source>
        <translation>Metadaten &apos;general.alignment&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="414"/>
        <source>%1: GGUF general.alignment has type %2, expected u32</source>
        <translation>%1: GGUF general.alignment hat den Typ %2, erwartet u32</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="419"/>
        <source>%1: GGUF general.alignment %2 is not a power of two</source>
        <translation>%1: GGUF general.alignment %2 ist keine Zweierpotenz</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="429"/>
        <source>tensor info %1</source>
        <translation>Tensorinfo %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="435"/>
        <source>duplicate tensor name</source>
        <translation>doppelter Tensorname</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="42"/>
        <source>unknown value type %1</source>
        <translation>unbekannter Werttyp %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="49"/>
        <source>a %1 needs %2 bytes, %3 given</source>
        <translation>ein Wert vom Typ %1 braucht %2 Bytes, %3 angegeben</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="55"/>
        <source>array elements were not loaded (take metadata from readGgufMetadata, not Model::metadata)</source>
        <translation>Array-Elemente wurden nicht geladen (Metadaten aus readGgufMetadata nehmen, nicht aus Model::metadata)</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="60"/>
        <source>unknown array element type %1</source>
        <translation>unbekannter Array-Elementtyp %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="66"/>
        <source>array of %1 %2 values holds %3 bytes</source>
        <translation>Array aus %1 %2-Werten enthält %3 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="71"/>
        <source>array count %1 but %2 strings</source>
        <translation>Array-Anzahl %1, aber %2 Zeichenketten</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="76"/>
        <source>array count %1 but %2 items</source>
        <translation>Array-Anzahl %1, aber %2 Elemente</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="104"/>
        <source>writing tensor &apos;%1&apos;: %2</source>
        <translation>Schreiben von Tensor &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="161"/>
        <source>metadata key &apos;%1&apos; appears twice</source>
        <translation>Metadatenschlüssel &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="167"/>
        <source>general.alignment must be a u32 power of two</source>
        <translation>general.alignment muss eine Zweierpotenz vom Typ u32 sein</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="185"/>
        <source>a tensor has no name</source>
        <translation>ein Tensor hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="197"/>
        <source>%1: %2: cannot store %3 values as %4 in GGUF</source>
        <translation>%1: %2: %3-Werte können in GGUF nicht als %4 gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="39"/>
        <source>unknown key (allowed: %1)</source>
        <translation>unbekannter Schlüssel (erlaubt: %1)</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="57"/>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="65"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="77"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="81"/>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="84"/>
        <source>%1 is out of range [%2, %3]</source>
        <translation>%1 liegt außerhalb des Bereichs [%2, %3]</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="121"/>
        <source>must be an object, or null to switch it off</source>
        <translation>muss ein Objekt sein, oder null zum Abschalten</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="131"/>
        <source>&quot;prune&quot; and &quot;lowrank&quot; cannot both apply to a layer</source>
        <translation>&quot;prune&quot; und &quot;lowrank&quot; können nicht beide auf eine Schicht angewendet werden</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="177"/>
        <source>n = %1 must be smaller than m = %2</source>
        <translation>n = %1 muss kleiner als m = %2 sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="190"/>
        <source>&quot;global&quot; applies to magnitude pruning only</source>
        <translation>&quot;global&quot; gilt nur für Magnitude-Pruning</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="199"/>
        <source>&quot;wanda&quot; applies to magnitude pruning with &quot;scope&quot;: &quot;layer&quot; only</source>
        <translation>&quot;wanda&quot; gilt nur für Magnitude-Pruning mit &quot;scope&quot;: &quot;layer&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="204"/>
        <location filename="../core/compress/recipe.cpp" line="256"/>
        <location filename="../core/compress/recipe.cpp" line="490"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="224"/>
        <source>7 is not one of 2, 3, 4, 5, 6, 8</source>
        <translation>7 ist keiner der Werte 2, 3, 4, 5, 6, 8</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="240"/>
        <source>%1 is not one of 32, 64, 128, 256</source>
        <translation>%1 ist keiner der Werte 32, 64, 128, 256</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="251"/>
        <source>float formats take a &quot;tensor&quot; or &quot;channel&quot; scale</source>
        <translation>Gleitkommaformate verwenden eine Skalierung &quot;tensor&quot; oder &quot;channel&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="274"/>
        <source>give either &quot;rank&quot; or &quot;energy&quot;, not both</source>
        <translation>entweder &quot;rank&quot; oder &quot;energy&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="408"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="412"/>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="422"/>
        <source>missing; this reader understands version 1</source>
        <translation>fehlt; dieses Programm versteht Version 1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="427"/>
        <source>version %1 is not supported (this reader understands 1)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm versteht 1)</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="435"/>
        <location filename="../core/compress/recipe.cpp" line="449"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="444"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="457"/>
        <source>a non-empty glob or &quot;re:&quot; expression is required</source>
        <translation>ein nicht leeres Glob-Muster oder ein &quot;re:&quot;-Ausdruck ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="464"/>
        <source>the regular expression does not compile: %1 at offset %2</source>
        <translation>der reguläre Ausdruck lässt sich nicht kompilieren: %1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="475"/>
        <source>must be an array of op kinds</source>
        <translation>muss ein Array von Operationsarten sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="481"/>
        <source>must be one of Dense, Conv, Embedding, Norm, Other</source>
        <translation>muss einer der Werte Dense, Conv, Embedding, Norm, Other sein</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="496"/>
        <source>a skipping rule cannot also set methods</source>
        <translation>eine überspringende Regel kann nicht zugleich Methoden festlegen</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="508"/>
        <location filename="../core/io/hfdirreader.cpp" line="27"/>
        <location filename="../core/io/modelio.cpp" line="119"/>
        <location filename="../core/tensor/storage.cpp" line="31"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="513"/>
        <source>%1: %2 bytes is too large for a recipe</source>
        <translation>%1: %2 Bytes sind zu groß für ein Rezept</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="29"/>
        <source>%1: %2 bytes is too large for a JSON file (limit %3)</source>
        <translation>%1: %2 Bytes sind zu groß für eine JSON-Datei (Grenze %3)</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="35"/>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON bei Offset %2: %3</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="38"/>
        <location filename="../core/service/project.cpp" line="264"/>
        <location filename="../core/service/project.cpp" line="740"/>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="55"/>
        <source>%1: not a directory</source>
        <translation>%1: kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="59"/>
        <source>%1: no config.json in this directory</source>
        <translation>%1: keine config.json in diesem Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="75"/>
        <source>%1: field &apos;weight_map&apos; missing or not an object</source>
        <translation>%1: Feld &apos;weight_map&apos; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="81"/>
        <source>%1: field &apos;weight_map&apos;, tensor &apos;%2&apos;: &apos;%3&apos; is not a file name in this directory</source>
        <translation>%1: Feld &apos;weight_map&apos;, Tensor &apos;%2&apos;: &apos;%3&apos; ist kein Dateiname in diesem Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="92"/>
        <source>%1: shard &apos;%2&apos; named in field &apos;weight_map&apos; is missing</source>
        <translation>%1: der im Feld &apos;weight_map&apos; genannte Shard &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="102"/>
        <source>%1: no model.safetensors, model.safetensors.index.json or *.safetensors file</source>
        <translation>%1: keine Datei model.safetensors, model.safetensors.index.json oder *.safetensors</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="124"/>
        <source>%1: tensor &apos;%2&apos; also appears in an earlier shard</source>
        <translation>%1: Tensor &apos;%2&apos; kommt auch in einem früheren Shard vor</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="129"/>
        <source>%1: tensor &apos;%2&apos; is not listed in %3</source>
        <translation>%1: Tensor &apos;%2&apos; ist in %3 nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="133"/>
        <source>%1: field &apos;weight_map&apos; places tensor &apos;%2&apos; in &apos;%3&apos;, but it is in &apos;%4&apos;</source>
        <translation>%1: Feld &apos;weight_map&apos; verortet Tensor &apos;%2&apos; in &apos;%3&apos;, er liegt aber in &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="146"/>
        <source>%1: field &apos;weight_map&apos; lists tensor &apos;%2&apos; in &apos;%3&apos;, which does not hold it</source>
        <translation>%1: Feld &apos;weight_map&apos; führt Tensor &apos;%2&apos; in &apos;%3&apos;, die ihn nicht enthält</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="163"/>
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
        <location filename="../core/io/kerash5reader.cpp" line="202"/>
        <source>%1 named in weight_names is missing</source>
        <translation>%1 (in weight_names genannt) fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="205"/>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="207"/>
        <location filename="../core/io/parereader.cpp" line="48"/>
        <source>%1 keeps its data in another file (external or virtual storage); refused</source>
        <translation>%1 hält seine Daten in einer anderen Datei (externer oder virtueller Speicher); abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="212"/>
        <source>%1 has an unreadable dataspace</source>
        <translation>%1 hat einen unlesbaren Dataspace</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="216"/>
        <source>%1 has shape [%2], over the %3-element limit</source>
        <translation>%1 hat die Form [%2], über der Grenze von %3 Elementen</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="228"/>
        <location filename="../core/io/parereader.cpp" line="58"/>
        <source>%1 claims %2 bytes, more than a %3-byte file can hold</source>
        <translation>%1 beansprucht %2 Bytes, mehr als eine Datei mit %3 Bytes enthalten kann</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="249"/>
        <source>%1 claims %2 bytes, more than a %3-byte file can hold together with its other datasets</source>
        <translation>%1 beansprucht %2 Bytes, mehr als eine Datei mit %3 Bytes zusammen mit ihren übrigen Datensätzen enthalten kann</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="258"/>
        <location filename="../core/io/parereader.cpp" line="65"/>
        <source>%1 cannot be read (truncated or corrupt)</source>
        <translation>%1 kann nicht gelesen werden (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="271"/>
        <source>group %1%2 listed in layer_names is missing</source>
        <translation>die in layer_names aufgeführte Gruppe %1%2 fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="289"/>
        <source>group %1%2 has no weight_names attribute</source>
        <translation>Gruppe %1%2 hat kein Attribut weight_names</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="310"/>
        <source>not a readable HDF5 file (bad signature, truncated or corrupt)</source>
        <translation>keine lesbare HDF5-Datei (falsche Signatur, abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="319"/>
        <source>root attribute model_config is not a string</source>
        <translation>Wurzelattribut model_config ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="323"/>
        <source>group model_weights is missing (a model saved without weights?)</source>
        <translation>Gruppe model_weights fehlt (ein ohne Gewichte gespeichertes Modell?)</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="332"/>
        <source>an HDF5 file, but not a Keras model: no root attribute model_config or layer_names</source>
        <translation>eine HDF5-Datei, aber kein Keras-Modell: kein Wurzelattribut model_config oder layer_names</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="336"/>
        <source>group %1 cannot be opened</source>
        <translation>Gruppe %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="340"/>
        <source>attribute %1layer_names is missing or not a string list</source>
        <translation>Attribut %1layer_names fehlt oder ist keine Zeichenkettenliste</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="346"/>
        <location filename="../core/io/kerash5reader.cpp" line="629"/>
        <source>%1layer_names[%2] is empty or repeated</source>
        <translation>%1layer_names[%2] ist leer oder wiederholt</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="372"/>
        <location filename="../core/io/parereader.cpp" line="230"/>
        <source>%1: the HDF5 reader process sent a malformed answer</source>
        <translation>%1: der HDF5-Leseprozess hat eine fehlerhafte Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="420"/>
        <source>%1: %2 has a data type Pare does not hold; skipped</source>
        <translation>%1: %2 hat einen Datentyp, den Pare nicht abbilden kann; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="433"/>
        <source>%1: inconsistent shape, type or size from the HDF5 reader process</source>
        <translation>%1: inkonsistente Form, Typ oder Größe vom HDF5-Leseprozess</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="451"/>
        <source>%1: data offset out of range</source>
        <translation>%1: Datenoffset außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="532"/>
        <source>%1: weight &apos;%2&apos; has shape [%3], but model_config layer &apos;%4&apos; (%5)</source>
        <translation>%1: Gewicht &apos;%2&apos; hat die Form [%3], aber model_config-Schicht &apos;%4&apos; (%5)</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="545"/>
        <source>units = %1 and %2 inputs</source>
        <translation>units = %1 und %2 Eingänge</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="551"/>
        <location filename="../core/io/kerash5reader.cpp" line="557"/>
        <source>filters = %1 and %2 input channels</source>
        <translation>filters = %1 und %2 Eingangskanäle</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="562"/>
        <source>%1 input channels</source>
        <translation>%1 Eingangskanäle</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="567"/>
        <source>input_dim = %1, output_dim = %2</source>
        <translation>input_dim = %1, output_dim = %2</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="590"/>
        <location filename="../core/io/onnxreader.cpp" line="499"/>
        <location filename="../core/service/project.cpp" line="698"/>
        <location filename="../core/tensor/storage.cpp" line="23"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="616"/>
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
        <location filename="../core/io/onnxreader.cpp" line="501"/>
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
        <location filename="../core/io/npzreader.cpp" line="27"/>
        <source>%1: duplicate member name</source>
        <translation>%1: doppelter Eintragsname</translation>
    </message>
    <message>
        <location filename="../core/io/npzreader.cpp" line="34"/>
        <location filename="../core/io/zip.cpp" line="239"/>
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
        <location filename="../core/io/safetensorswriter.cpp" line="115"/>
        <source>%1: tensor name &apos;%2&apos; appears twice</source>
        <translation>%1: Tensorname &apos;%2&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="78"/>
        <location filename="../core/io/safetensorswriter.cpp" line="130"/>
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
        <location filename="../core/io/numpyreader.cpp" line="25"/>
        <source>%1: .npy header: %2</source>
        <translation>%1: .npy-Header: %2</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="115"/>
        <source>field &apos;descr&apos;: &apos;%1&apos; is not a dtype</source>
        <translation>Feld &apos;descr&apos;: &apos;%1&apos; ist kein dtype</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="120"/>
        <source>%1: .npy header: field &apos;descr&apos; &apos;%2&apos; is an object (pickled) array; Pare never unpickles</source>
        <translation>%1: .npy-Header: Feld &apos;descr&apos; &apos;%2&apos; ist ein Objekt-Array (Pickle); Pare führt nie Unpickling aus</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="123"/>
        <source>field &apos;descr&apos;: &apos;%1&apos; has no byte order</source>
        <translation>Feld &apos;descr&apos;: &apos;%1&apos; hat keine Bytereihenfolge</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="134"/>
        <source>%1: .npy header: field &apos;descr&apos;: dtype &apos;%2&apos; is not supported (float 16/32/64, int 8–64, uint8 and bool are)</source>
        <translation>%1: .npy-Header: Feld &apos;descr&apos;: dtype &apos;%2&apos; wird nicht unterstützt (unterstützt sind float 16/32/64, int 8–64, uint8 und bool)</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="191"/>
        <source>no \x93NUMPY magic at offset 0 (%1 bytes)</source>
        <translation>kein \x93NUMPY-Magic bei Offset 0 (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="199"/>
        <source>truncated at offset %1</source>
        <translation>bei Offset %1 abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="205"/>
        <source>%1: .npy format version %2.%3 at offset 6 is not supported</source>
        <translation>%1: .npy-Formatversion %2.%3 bei Offset 6 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="209"/>
        <source>header length %1 at offset 8 exceeds the %2 bytes available</source>
        <translation>Headerlänge %1 bei Offset 8 überschreitet die verfügbaren %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="224"/>
        <source>expected &apos;key&apos;: at offset %1</source>
        <translation>&apos;key&apos;: erwartet bei Offset %1</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="228"/>
        <source>%1: .npy header: field &apos;descr&apos; is a structured dtype, which Pare does not read</source>
        <translation>%1: .npy-Header: Feld &apos;descr&apos; ist ein strukturierter dtype, den Pare nicht liest</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="232"/>
        <source>field &apos;descr&apos; is not a string</source>
        <translation>Feld &apos;descr&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="242"/>
        <source>field &apos;fortran_order&apos; is not True/False</source>
        <translation>Feld &apos;fortran_order&apos; ist nicht True/False</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="247"/>
        <source>field &apos;shape&apos; is not a tuple</source>
        <translation>Feld &apos;shape&apos; ist kein Tupel</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="251"/>
        <source>field &apos;shape&apos;: dimension %1 is not a non-negative integer</source>
        <translation>Feld &apos;shape&apos;: Dimension %1 ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="254"/>
        <source>field &apos;shape&apos; has more than %1 dimensions</source>
        <translation>Feld &apos;shape&apos; hat mehr als %1 Dimensionen</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="258"/>
        <source>field &apos;shape&apos; is malformed at offset %1</source>
        <translation>Feld &apos;shape&apos; ist bei Offset %1 fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="263"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="266"/>
        <source>expected &apos;,&apos; or &apos;}&apos; at offset %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet bei Offset %1</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="269"/>
        <source>field &apos;%1&apos; missing</source>
        <translation>Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="274"/>
        <source>field &apos;shape&apos; (%1) overflows</source>
        <translation>Feld &apos;shape&apos; (%1) läuft über</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="278"/>
        <source>%1: .npy data at offset %2: shape %3 of %4 needs %5 bytes, only %6 present (truncated)</source>
        <translation>%1: .npy-Daten bei Offset %2: Form %3 vom Typ %4 braucht %5 Bytes, nur %6 vorhanden (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="176"/>
        <source>%1: data type %2 is not supported; tensor skipped</source>
        <translation>%1: Datentyp %2 wird nicht unterstützt; Tensor übersprungen</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="195"/>
        <source>Constant node &apos;%1&apos; attribute %2</source>
        <translation>Constant-Knoten &apos;%1&apos;, Attribut %2</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="237"/>
        <source>subgraphs nested beyond any sane depth</source>
        <translation>Teilgraphen über jede vernünftige Tiefe hinaus verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="245"/>
        <source>%1: %2 sparse initializers skipped (not supported)</source>
        <translation>%1: %2 dünn besetzte Initializer übersprungen (nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="350"/>
        <source>node %1 (%2): group %3 does not divide the weight&apos;s first dimension %4</source>
        <translation>Knoten %1 (%2): group %3 teilt die erste Dimension %4 des Gewichts nicht</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="439"/>
        <source>ModelProto has no graph (field 7); not an ONNX model</source>
        <translation>ModelProto hat keinen Graphen (Feld 7); kein ONNX-Modell</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="441"/>
        <source>ModelProto.opset_import is empty (ir_version %1 requires it); the file is truncated or not ONNX</source>
        <translation>ModelProto.opset_import ist leer (ir_version %1 verlangt es); die Datei ist abgeschnitten oder kein ONNX</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="505"/>
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
        <location filename="../core/io/onnxtensor.cpp" line="38"/>
        <source>%1: external_data location &apos;%2&apos; %3; refused</source>
        <translation>%1: external_data-Ort &apos;%2&apos; %3; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="46"/>
        <source>is an absolute path</source>
        <translation>ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="50"/>
        <source>leaves the model&apos;s directory (&quot;..&quot;)</source>
        <translation>verlässt das Verzeichnis des Modells (&quot;..&quot;)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="53"/>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
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
        <location filename="../core/io/onnxtensor.cpp" line="66"/>
        <source>resolves to %1, outside the model&apos;s directory</source>
        <translation>verweist auf %1, außerhalb des Verzeichnisses des Modells</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="68"/>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="126"/>
        <source>%1: %2[%3] = %4 is out of range for the tensor&apos;s data type</source>
        <translation>%1: %2[%3] = %4 liegt außerhalb des Wertebereichs des Tensor-Datentyps</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="150"/>
        <source>%1: %2 holds %3 values, the shape needs %4</source>
        <translation>%1: %2 enthält %3 Werte, die Form braucht %4</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="194"/>
        <source>%1: unhandled dtype</source>
        <translation>%1: nicht behandelter dtype</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="216"/>
        <source>%1: segmented tensors are not supported</source>
        <translation>%1: segmentierte Tensoren werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="222"/>
        <source>%1: invalid dims [%2]</source>
        <translation>%1: ungültige dims [%2]</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="235"/>
        <source>%1: external_data %2 &apos;%3&apos; is not a non-negative integer</source>
        <translation>%1: external_data %2 &apos;%3&apos; ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="244"/>
        <source>%1: external_data has no location</source>
        <translation>%1: external_data hat keine location</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="247"/>
        <source>%1: external_data length %2 does not match the %3 bytes of dims [%4]</source>
        <translation>%1: external_data-Länge %2 passt nicht zu den %3 Bytes von dims [%4]</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="257"/>
        <source>%1 (external file %2, offset %3)</source>
        <translation>%1 (externe Datei %2, Offset %3)</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="268"/>
        <source>%1: raw_data holds %2 bytes, dims [%3] of %4 need %5</source>
        <translation>%1: raw_data enthält %2 Bytes, dims [%3] vom Typ %4 brauchen %5</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5format.cpp" line="52"/>
        <source>%1: graph value &apos;%2&apos; has a bad dtype or shape</source>
        <translation>%1: Graphwert &apos;%2&apos; hat einen ungültigen dtype oder eine ungültige Form</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5format.cpp" line="156"/>
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
        <location filename="../core/io/pareh5writer.cpp" line="113"/>
        <source>%1: cannot create the temporary file %2</source>
        <translation>%1: temporäre Datei %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="123"/>
        <source>%1: cannot rename %2 into place</source>
        <translation>%1: %2 kann nicht an den Zielort umbenannt werden</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="54"/>
        <source>%1 is not a 1-D byte dataset</source>
        <translation>%1 ist kein eindimensionaler Byte-Datensatz</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="79"/>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 ist bei Offset %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="92"/>
        <source>not a readable HDF5 file</source>
        <translation>keine lesbare HDF5-Datei</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="96"/>
        <source>root attribute pare_format is missing; not a Pare file</source>
        <translation>Wurzelattribut pare_format fehlt; keine Pare-Datei</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="99"/>
        <source>%1: pare_format %2 is newer than this Pare reads (%3)</source>
        <translation>%1: pare_format %2 ist neuer, als diese Pare-Version lesen kann (%3)</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="104"/>
        <source>group /model is missing</source>
        <translation>Gruppe /model fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="107"/>
        <source>group /model cannot be opened</source>
        <translation>Gruppe /model kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="129"/>
        <source>group /tensors is missing</source>
        <translation>Gruppe /tensors fehlt</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="133"/>
        <source>group /tensors cannot be listed</source>
        <translation>Gruppe /tensors kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="142"/>
        <source>%1 is missing (%2 entries under /tensors)</source>
        <translation>%1 fehlt (%2 Einträge unter /tensors)</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="155"/>
        <source>%1: attribute shape is not an integer list</source>
        <translation>%1: Attribut shape ist keine Ganzzahlliste</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="161"/>
        <source>%1: attribute name or dtype is missing or invalid</source>
        <translation>%1: Attribut name oder dtype fehlt oder ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="70"/>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="74"/>
        <source>%1 = %2 is not a non-negative integer</source>
        <translation>%1 = %2 ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="90"/>
        <source>header, tensor &apos;%1&apos;</source>
        <translation>Header, Tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="92"/>
        <source>%1: entry is not a JSON object</source>
        <translation>%1: Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="98"/>
        <source>%1: field &apos;dtype&apos; missing or not a string</source>
        <translation>%1: Feld &apos;dtype&apos; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="102"/>
        <source>%1: field &apos;dtype&apos;: unknown dtype &apos;%2&apos;</source>
        <translation>%1: Feld &apos;dtype&apos;: unbekannter dtype &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="106"/>
        <source>%1: field &apos;shape&apos; missing or not an array</source>
        <translation>%1: Feld &apos;shape&apos; fehlt oder ist kein Array</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="109"/>
        <source>%1: field &apos;shape&apos;[%2]</source>
        <translation>%1: Feld &apos;shape&apos;[%2]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="117"/>
        <source>%1: field &apos;data_offsets&apos; missing or not [begin, end]</source>
        <translation>%1: Feld &apos;data_offsets&apos; fehlt oder ist nicht [begin, end]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="118"/>
        <source>%1: field &apos;data_offsets&apos;[0]</source>
        <translation>%1: Feld &apos;data_offsets&apos;[0]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="121"/>
        <source>%1: field &apos;data_offsets&apos;[1]</source>
        <translation>%1: Feld &apos;data_offsets&apos;[1]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="128"/>
        <source>%1: field &apos;shape&apos; [%2] overflows</source>
        <translation>%1: Feld &apos;shape&apos; [%2] läuft über</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="132"/>
        <source>%1: field &apos;shape&apos; [%2] of %3 overflows</source>
        <translation>%1: Feld &apos;shape&apos; [%2] vom Typ %3 läuft über</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="136"/>
        <source>%1: field &apos;data_offsets&apos; [%2, %3] holds %4 bytes, but shape [%5] of %6 needs %7</source>
        <translation>%1: Feld &apos;data_offsets&apos; [%2, %3] umfasst %4 Bytes, aber Form [%5] vom Typ %6 braucht %7</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="158"/>
        <source>file is %1 bytes, too short for the 8-byte safetensors header length at offset 0</source>
        <translation>Datei ist %1 Bytes groß, zu kurz für die 8 Byte lange safetensors-Headerlänge bei Offset 0</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="166"/>
        <source>header length %1 at offset 0 exceeds the %2 bytes that follow it</source>
        <translation>Headerlänge %1 bei Offset 0 überschreitet die %2 folgenden Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="170"/>
        <source>header length %1 at offset 0 exceeds the %2-byte limit</source>
        <translation>Headerlänge %1 bei Offset 0 überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="173"/>
        <source>header length %1 at offset 0 is too short for a JSON object</source>
        <translation>Headerlänge %1 bei Offset 0 ist zu kurz für ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="178"/>
        <source>header at offset 8 does not start with &apos;{&apos;</source>
        <translation>Header bei Offset 8 beginnt nicht mit &apos;{&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="184"/>
        <source>header at offset 8 is not valid UTF-8</source>
        <translation>Header bei Offset 8 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="189"/>
        <source>header JSON invalid at offset %1: %2</source>
        <translation>Header-JSON ungültig bei Offset %1: %2</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="192"/>
        <source>header at offset 8 is not a JSON object</source>
        <translation>Header bei Offset 8 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="199"/>
        <source>header: duplicate tensor name &apos;%1&apos;</source>
        <translation>Header: doppelter Tensorname &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="203"/>
        <source>header: duplicate tensor names (%1 keys, %2 distinct)</source>
        <translation>Header: doppelte Tensornamen (%1 Schlüssel, %2 verschiedene)</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="213"/>
        <source>header: &apos;__metadata__&apos; is not an object</source>
        <translation>Header: &apos;__metadata__&apos; ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="217"/>
        <source>header: &apos;__metadata__&apos; field &apos;%1&apos; is not a string</source>
        <translation>Header: Feld &apos;%1&apos; in &apos;__metadata__&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="238"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] lies beyond the %4-byte data buffer</source>
        <translation>Header, Tensor &apos;%1&apos;: Feld &apos;data_offsets&apos; [%2, %3] liegt hinter dem %4 Bytes großen Datenpuffer</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="242"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] overlaps the previous tensor (ends at %4)</source>
        <translation>Header, Tensor &apos;%1&apos;: Feld &apos;data_offsets&apos; [%2, %3] überlappt den vorigen Tensor (endet bei %4)</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="246"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] leaves a gap after offset %4</source>
        <translation>Header, Tensor &apos;%1&apos;: Feld &apos;data_offsets&apos; [%2, %3] lässt eine Lücke nach Offset %4</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="252"/>
        <source>header: tensors cover %1 bytes of the %2-byte data buffer at offset %3</source>
        <translation>Header: Tensoren decken nur %1 Bytes des %2 Bytes großen Datenpuffers bei Offset %3 ab</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="74"/>
        <source>%1: tensor &apos;%2&apos;: dtype %3 cannot be stored in safetensors</source>
        <translation>%1: Tensor &apos;%2&apos;: dtype %3 kann nicht in safetensors gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="78"/>
        <source>%1: a tensor cannot be named &apos;__metadata__&apos;</source>
        <translation>%1: ein Tensor darf nicht &apos;__metadata__&apos; heißen</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="138"/>
        <source>%1: writing tensor &apos;%2&apos; failed: %3</source>
        <translation>%1: Schreiben von Tensor &apos;%2&apos; fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="161"/>
        <source>%1: shard size %2 must be positive</source>
        <translation>%1: Shard-Größe %2 muss positiv sein</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="163"/>
        <source>%1: cannot create directory</source>
        <translation>%1: Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="64"/>
        <source>%1 bytes is too short for an end-of-central-directory record</source>
        <translation>%1 Bytes sind zu kurz für einen End-of-Central-Directory-Eintrag</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="75"/>
        <source>no end-of-central-directory record in the last %1 bytes</source>
        <translation>kein End-of-Central-Directory-Eintrag in den letzten %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="83"/>
        <source>zip64 locator missing before offset %1</source>
        <translation>zip64-Locator fehlt vor Offset %1</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="86"/>
        <source>zip64 end record at offset %1 is invalid</source>
        <translation>zip64-Endeintrag bei Offset %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="92"/>
        <source>central directory [%1, +%2) lies outside the %3-byte file</source>
        <translation>zentrales Verzeichnis [%1, +%2) liegt außerhalb der %3 Bytes großen Datei</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="95"/>
        <source>%1 entries cannot fit a %2-byte central directory</source>
        <translation>%1 Einträge passen nicht in ein zentrales Verzeichnis von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="103"/>
        <source>central directory entry %1 at offset %2 is invalid</source>
        <translation>Eintrag %1 des zentralen Verzeichnisses bei Offset %2 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="115"/>
        <source>central directory entry %1 at offset %2 overruns the directory</source>
        <translation>Eintrag %1 des zentralen Verzeichnisses bei Offset %2 reicht über das Verzeichnis hinaus</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="130"/>
        <source>member &apos;%1&apos;: zip64 extra field too short</source>
        <translation>Eintrag &apos;%1&apos;: zip64-Zusatzfeld zu kurz</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="142"/>
        <source>%1: zip: %2 is encrypted</source>
        <translation>%1: Zip: %2 ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="144"/>
        <source>%1: zip: %2 uses compression method %3 (only stored and deflate are read)</source>
        <translation>%1: Zip: %2 verwendet die Kompressionsmethode %3 (gelesen werden nur stored und deflate)</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="148"/>
        <source>%1: local header at offset %2 is invalid</source>
        <translation>%1: lokaler Header bei Offset %2 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="153"/>
        <source>%1: data [%2, +%3) lies outside the %4-byte file</source>
        <translation>%1: Daten [%2, +%3) liegen außerhalb der %4 Bytes großen Datei</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="156"/>
        <source>%1: stored member declares %2 bytes compressed but %3 uncompressed</source>
        <translation>%1: unkomprimierter Eintrag (stored) gibt %2 Bytes komprimiert, aber %3 Bytes unkomprimiert an</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="159"/>
        <source>%1: declares %2 bytes from %3 compressed, beyond deflate&apos;s %4:1 limit (a zip bomb?)</source>
        <translation>%1: gibt %2 Bytes aus %3 komprimierten Bytes an, jenseits der deflate-Grenze von %4:1 (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="163"/>
        <source>%1: size %2 is too large</source>
        <translation>%1: Größe %2 ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="179"/>
        <source>members &apos;%1&apos; and &apos;%2&apos; overlap at offset %3</source>
        <translation>Einträge &apos;%1&apos; und &apos;%2&apos; überlappen bei Offset %3</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="188"/>
        <source>%1: zip: member &apos;%2&apos;</source>
        <translation>%1: Zip: Eintrag &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="193"/>
        <source>%1: zlib init failed</source>
        <translation>%1: zlib-Initialisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="219"/>
        <source>%1: inflates beyond its declared %2 bytes</source>
        <translation>%1: entpackt mehr als die angegebenen %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="233"/>
        <source>%1: corrupt deflate data after %2 output bytes (zlib %3)</source>
        <translation>%1: beschädigte deflate-Daten nach %2 Ausgabebytes (zlib %3)</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="236"/>
        <source>%1: inflates to %2 bytes, %3 declared</source>
        <translation>%1: entpackt zu %2 Bytes, %3 angegeben</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="83"/>
        <source>Out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="86"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="88"/>
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
        <location filename="../core/service/project.cpp" line="69"/>
        <location filename="../core/service/project.cpp" line="89"/>
        <location filename="../core/service/project.cpp" line="111"/>
        <location filename="../core/service/project.cpp" line="123"/>
        <location filename="../core/service/project.cpp" line="133"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="70"/>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="79"/>
        <source>not true or false</source>
        <translation>weder true noch false</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="90"/>
        <location filename="../core/service/project.cpp" line="112"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="96"/>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="124"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="134"/>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="143"/>
        <source>holds a non-string</source>
        <translation>enthält einen Wert, der keine Zeichenkette ist</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="203"/>
        <location filename="../core/service/project.cpp" line="410"/>
        <source>%1 layers is absurd</source>
        <translation>unplausible Anzahl von Schichten: %1</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="207"/>
        <source>entry %1 is not an object</source>
        <translation>Eintrag %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="258"/>
        <location filename="../core/service/project.cpp" line="726"/>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: ungültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="276"/>
        <source>cannot open the dataset</source>
        <translation>der Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="279"/>
        <source>refers to other files</source>
        <translation>verweist auf andere Dateien</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="283"/>
        <source>not a byte dataset</source>
        <translation>kein Byte-Datensatz</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="287"/>
        <source>not a 1-D dataset</source>
        <translation>kein eindimensionaler Datensatz</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="292"/>
        <source>%1 bytes is more than the file can hold</source>
        <translation>%1 Bytes sind mehr, als die Datei enthalten kann</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="298"/>
        <source>cannot read the data (corrupt or truncated file)</source>
        <translation>die Daten können nicht gelesen werden (Datei beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="313"/>
        <source>%1: not a readable HDF5 file (corrupt or truncated)</source>
        <translation>%1: keine lesbare HDF5-Datei (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="323"/>
        <source>no project_version attribute</source>
        <translation>kein Attribut project_version</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="417"/>
        <location filename="../core/service/project.cpp" line="620"/>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="430"/>
        <source>more than 16 dimensions</source>
        <translation>mehr als 16 Dimensionen</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="433"/>
        <source>holds something that is not a dimension</source>
        <translation>enthält etwas, das keine Dimension ist</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="567"/>
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
        <location filename="../core/service/project.cpp" line="734"/>
        <source>%1: not a JSON array</source>
        <translation>%1: kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="769"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="782"/>
        <source>%1: the project&apos;s model is not there any more (moved or deleted)</source>
        <translation>%1: das Modell des Projekts ist nicht mehr vorhanden (verschoben oder gelöscht)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="786"/>
        <source>%1: the model has changed since the project was saved (%2 bytes, was %3)</source>
        <translation>%1: das Modell wurde seit dem Speichern des Projekts geändert (%2 Bytes, vorher %3)</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="795"/>
        <source>%1: the model has changed since the project was saved (SHA-256 %2, was %3)</source>
        <translation>%1: das Modell wurde seit dem Speichern des Projekts geändert (SHA-256 %2, vorher %3)</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="99"/>
        <source>no evaluation data given (--data), quality not measured</source>
        <translation>keine Evaluierungsdaten angegeben (--data), Qualität nicht gemessen</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="109"/>
        <source>%1: cannot execute operators %2; quality not measured</source>
        <translation>%1: Operatoren %2 können nicht ausgeführt werden; Qualität nicht gemessen</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="142"/>
        <source>not executable here (%1); quality not measured</source>
        <translation>hier nicht ausführbar (%1); Qualität nicht gemessen</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="236"/>
        <source>study: schema_version %1 is not %2</source>
        <translation>Studie: schema_version %1 ist nicht %2</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="330"/>
        <location filename="../core/service/study.cpp" line="336"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="363"/>
        <source>%1 layers have unknown MACs (no input shape); totals count the others</source>
        <translation>%1 Schichten haben unbekannte MACs (keine Eingabeform); die Summen zählen nur die übrigen</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="372"/>
        <source>Compressing: %1</source>
        <translation>Komprimieren: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="382"/>
        <source>Calibrating on %1</source>
        <translation>Kalibrieren mit %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="410"/>
        <source>activation-aware pruning calibrated on %1</source>
        <translation>aktivierungsbasiertes Pruning, kalibriert mit %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="415"/>
        <source>Timing layers: %1</source>
        <translation>Schichtlaufzeiten messen: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="427"/>
        <source>latency not measured: %1</source>
        <translation>Latenz nicht gemessen: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="461"/>
        <source>Evaluating: %1</source>
        <translation>Evaluieren: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="467"/>
        <source>quality not measured: %1</source>
        <translation>Qualität nicht gemessen: %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="501"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="515"/>
        <source>Study done</source>
        <translation>Studie abgeschlossen</translation>
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
        <location filename="../core/tensor/tensor.cpp" line="43"/>
        <source>%1: invalid shape [%2] (negative or overflowing)</source>
        <translation>%1: ungültige Form [%2] (negativ oder überlaufend)</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="48"/>
        <source>%1: %2 elements do not fit dtype %3 (block size %4)</source>
        <translation>%1: %2 Elemente passen nicht zu dtype %3 (Blockgröße %4)</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="56"/>
        <source>%1: data range [%2, %3) lies outside the %4 bytes available</source>
        <translation>%1: Datenbereich [%2, %3) liegt außerhalb der verfügbaren %4 Bytes</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="87"/>
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
        <location filename="../core/runtime/datasets.cpp" line="31"/>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="35"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="38"/>
        <source>%1 bytes is larger than Pare reads as data</source>
        <translation>%1 Bytes sind mehr, als Pare als Daten einliest</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="49"/>
        <source>zlib initialisation failed</source>
        <translation>Initialisierung von zlib fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="62"/>
        <source>gzip data is corrupt at compressed offset %1</source>
        <translation>gzip-Daten sind bei komprimiertem Offset %1 beschädigt</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="71"/>
        <source>gzip data inflates beyond 4 GB</source>
        <translation>gzip-Daten entpacken sich auf mehr als 4 GB</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="77"/>
        <source>gzip data is truncated at offset %1</source>
        <translation>gzip-Daten sind bei Offset %1 abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="90"/>
        <source>not an IDX file (bad magic at offset 0)</source>
        <translation>keine IDX-Datei (falsches Magic bei Offset 0)</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="102"/>
        <source>IDX element type 0x%1 at offset 2 is unknown</source>
        <translation>IDX-Elementtyp 0x%1 bei Offset 2 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="108"/>
        <source>IDX rank %1 at offset 3 is invalid or the header is truncated</source>
        <translation>IDX-Rang %1 bei Offset 3 ist ungültig oder der Header ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="121"/>
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
    <message>
        <location filename="../core/runtime/datasets.cpp" line="388"/>
        <source>%1 labels for %2 examples</source>
        <translation>%1 Labels für %2 Beispiele</translation>
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
        <location filename="../core/runtime/datasets.cpp" line="456"/>
        <source>--%1 has %2 values for %3 channels</source>
        <translation>--%1 hat %2 Werte für %3 Kanäle</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="467"/>
        <source>--std values must be positive</source>
        <translation>--std-Werte müssen positiv sein</translation>
    </message>
</context>
<context>
    <name>pare::ui::BarChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="189"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="197"/>
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
        <location filename="../ui/compare/comparepanel.cpp" line="55"/>
        <source>Per-layer chart:</source>
        <translation>Diagramm pro Schicht:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="180"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="258"/>
        <source>Size against weight error (relative, %)</source>
        <translation>Größe gegen Gewichtsfehler (relativ, %)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="260"/>
        <location filename="../ui/compare/comparepanel.cpp" line="330"/>
        <source>error (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="321"/>
        <source>Multiply-accumulates per layer (millions)</source>
        <translation>MAC-Operationen pro Schicht (Millionen)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="322"/>
        <source>MACs (M)</source>
        <translation>MACs (Mio.)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="325"/>
        <source>Measured median latency per layer (batch 1)</source>
        <translation>Gemessene Median-Latenz pro Schicht (Batch 1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="326"/>
        <source>time (µs)</source>
        <translation>Zeit (µs)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="329"/>
        <source>Relative Frobenius weight error per layer</source>
        <translation>Relativer Frobenius-Gewichtsfehler pro Schicht</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="375"/>
        <source>Size against accuracy drop (percentage points)</source>
        <translation>Größe gegen Genauigkeitsverlust (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="376"/>
        <source>drop (points)</source>
        <translation>Verlust (Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="259"/>
        <source>size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="265"/>
        <source>Compute a variant to compare it with the original</source>
        <translation>Berechnen Sie eine Variante, um sie mit dem Original zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="266"/>
        <source>Tick a variant to show it</source>
        <translation>Variante zum Anzeigen ankreuzen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="317"/>
        <source>Size per layer, original and variants</source>
        <translation>Größe pro Schicht, Original und Varianten</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="318"/>
        <source>size (KB)</source>
        <translation>Größe (KB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="334"/>
        <location filename="../ui/compare/comparepanel.cpp" line="372"/>
        <location filename="../ui/compare/comparepanel.cpp" line="377"/>
        <location filename="../ui/compare/comparepanel.cpp" line="380"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="370"/>
        <source>Size against perplexity (lower is better)</source>
        <translation>Größe gegen Perplexität (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="371"/>
        <source>perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="388"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3× smaller)&lt;br&gt;MACs ÷ %4&lt;br&gt;error %5 %, SQNR %6 dB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3× kleiner)&lt;br&gt;MACs ÷ %4&lt;br&gt;Fehler %5 %, SQNR %6 dB</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="397"/>
        <source>%n layer(s) pruned by magnitude instead of activation-aware (no calibration data)</source>
        <translation>
            <numerusform>Eine Schicht nach Betrag statt aktivierungsbasiert geprunt (keine Kalibrierungsdaten)</numerusform>
            <numerusform>%n Schichten nach Betrag statt aktivierungsbasiert geprunt (keine Kalibrierungsdaten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="402"/>
        <source>&lt;br&gt;speed-up %1× (%2 → %3 µs)</source>
        <translation>&lt;br&gt;Beschleunigung %1× (%2 → %3 µs)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="406"/>
        <source>&lt;br&gt;perplexity %1 → %2 (%3 %), KL %4</source>
        <translation>&lt;br&gt;Perplexität %1 → %2 (%3 %), KL %4</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="411"/>
        <source>&lt;br&gt;accuracy %1 % → %2 % (%3 points)</source>
        <translation>&lt;br&gt;Genauigkeit %1 % → %2 % (%3 Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="436"/>
        <source>No variant shown.</source>
        <translation>Keine Variante angezeigt.</translation>
    </message>
</context>
<context>
    <name>pare::ui::CompressionPanel</name>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="77"/>
        <source>&amp;Compute Variant</source>
        <translation>Variante &amp;berechnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="77"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="78"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="81"/>
        <source>All layers (defaults)</source>
        <translation>Alle Schichten (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="82"/>
        <source>Edit the defaults for every layer, or an override for the layer selected in the Model dock.</source>
        <translation>Standardwerte für alle Schichten bearbeiten oder eine Ausnahme für die im Dock „Modell“ gewählte Schicht.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="89"/>
        <source>Compress the model with this recipe in the background and add the result to the Compare dock.</source>
        <translation>Modell im Hintergrund mit diesem Rezept komprimieren und das Ergebnis zum Dock „Vergleich“ hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="91"/>
        <source>Rules apply in order after the defaults; a later rule overrides an earlier one for the layers it matches.</source>
        <translation>Regeln gelten der Reihe nach nach den Standardwerten; eine spätere Regel überschreibt eine frühere für die Schichten, auf die sie passt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="95"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="96"/>
        <source>Load a recipe (JSON) saved by Pare or written by hand.</source>
        <translation>Ein von Pare gespeichertes oder von Hand geschriebenes Rezept (JSON) laden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="97"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="98"/>
        <source>Save this recipe as JSON, for pare-cli or another session.</source>
        <translation>Dieses Rezept als JSON speichern, für pare-cli oder eine andere Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="99"/>
        <source>Add a rule: layers matching a name pattern (glob or re:regex) and op kinds keep their original weights or get their own settings.</source>
        <translation>Regel hinzufügen: Schichten, die auf ein Namensmuster (Glob oder re:regex) und Operationsarten passen, behalten ihre Originalgewichte oder erhalten eigene Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="101"/>
        <source>Change the selected rule (or double-click it).</source>
        <translation>Gewählte Regel ändern (oder doppelklicken).</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="104"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="105"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="106"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="107"/>
        <source>Delete the selected rule.</source>
        <translation>Gewählte Regel löschen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="108"/>
        <source>Apply the selected rule earlier.</source>
        <translation>Gewählte Regel früher anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="109"/>
        <source>Apply the selected rule later.</source>
        <translation>Gewählte Regel später anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="140"/>
        <source>none: pruned by magnitude</source>
        <translation>kein Text: Pruning nach Betrag</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="141"/>
        <source>A text the language model runs on before compressing, to weigh each weight by its input&apos;s activations (Prune &gt; Score: Activation-aware).</source>
        <translation>Ein Text, auf dem das Sprachmodell vor dem Komprimieren läuft, um jedes Gewicht nach den Aktivierungen seiner Eingabe zu gewichten (Pruning &gt; Bewertung: Aktivierungsbasiert).</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="143"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="146"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="147"/>
        <source>Calibrate on nothing: activation-aware layers are pruned by magnitude.</source>
        <translation>Ohne Kalibrierung: Aktivierungsbasierte Schichten werden nach Betrag geprunt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="149"/>
        <source>Calibration text</source>
        <translation>Kalibrierungstext</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="162"/>
        <source>Choose Calibration Text</source>
        <translation>Kalibrierungstext auswählen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="163"/>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="170"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="209"/>
        <source>Open Recipe</source>
        <translation>Rezept öffnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="209"/>
        <location filename="../ui/compress/compressionpanel.cpp" line="214"/>
        <source>Recipes (*.json)</source>
        <translation>Rezepte (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="214"/>
        <source>Save Recipe</source>
        <translation>Rezept speichern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="214"/>
        <source>recipe.json</source>
        <translation>rezept.json</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="353"/>
        <source>Activation-aware pruning needs a calibration text: without one its layers are pruned by magnitude.</source>
        <translation>Aktivierungsbasiertes Pruning braucht einen Kalibrierungstext: Ohne ihn werden seine Schichten nach Betrag geprunt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="356"/>
        <source>The calibration text %1 is missing.</source>
        <translation>Der Kalibrierungstext %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="523"/>
        <source>Add rule %1</source>
        <translation>Regel %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="540"/>
        <source>Edit rule %1</source>
        <translation>Regel %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="551"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="562"/>
        <source>Reorder rules</source>
        <translation>Regeln umordnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="244"/>
        <source>&lt;b&gt;Estimate&lt;/b&gt; — weights %1 → &lt;b&gt;%2&lt;/b&gt; (%3× smaller)&lt;br&gt;MACs %4 → %5&lt;br&gt;error %6 % (relative, parameter-weighted)</source>
        <translation>&lt;b&gt;Schätzung&lt;/b&gt; — Gewichte %1 → &lt;b&gt;%2&lt;/b&gt; (%3× kleiner)&lt;br&gt;MACs %4 → %5&lt;br&gt;Fehler %6 % (relativ, nach Parametern gewichtet)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="254"/>
        <source> (err %1 %)</source>
        <translation> (Fehler %1 %)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="497"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="508"/>
        <source>Compute %1</source>
        <translation>%1 berechnen</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="312"/>
        <source>Open a model to see the estimated size, MACs and error.</source>
        <translation>Öffnen Sie ein Modell, um geschätzte Größe, MACs und Fehler zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="315"/>
        <source>Preparing estimates…</source>
        <translation>Schätzungen werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="332"/>
        <source>Prepare estimates</source>
        <translation>Schätzungen vorbereiten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="370"/>
        <source>Selected layer: %1</source>
        <translation>Gewählte Schicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="414"/>
        <source>keep original</source>
        <translation>Original behalten</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="416"/>
        <source>prune %1</source>
        <translation>Pruning %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="418"/>
        <source>quantize %1</source>
        <translation>Quantisierung %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="420"/>
        <source>low-rank %1</source>
        <translation>Low-Rank %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="421"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="444"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="447"/>
        <source>Change defaults</source>
        <translation>Standardwerte ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="457"/>
        <source>Change recipe</source>
        <translation>Rezept ändern</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="469"/>
        <source>&lt;b&gt;Recipe problem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Problem im Rezept:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="605"/>
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
        <location filename="../ui/compress/methodboxes.cpp" line="250"/>
        <source>&amp;Low-rank</source>
        <translation>&amp;Low-Rank-Zerlegung</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="255"/>
        <source>Replace a weight matrix by the product of two thin matrices from its singular value decomposition.</source>
        <translation>Ersetzt eine Gewichtsmatrix durch das Produkt zweier schmaler Matrizen aus ihrer Singulärwertzerlegung.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="257"/>
        <source>Keep energy</source>
        <translation>Energie erhalten</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="258"/>
        <source>Fixed rank</source>
        <translation>Fester Rang</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="259"/>
        <source>Choose the rank per layer by the share of the spectrum&apos;s energy kept, or set one rank for all.</source>
        <translation>Rang pro Schicht nach dem erhaltenen Anteil der Spektrumsenergie wählen oder einen Rang für alle festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="261"/>
        <source>Share of Σσ² kept: the rank grows until it is reached (rounded up to 8).</source>
        <translation>Erhaltener Anteil von Σσ²: Der Rang wächst, bis er erreicht ist (auf ein Vielfaches von 8 aufgerundet).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="264"/>
        <source>Rank of the two factors.</source>
        <translation>Rang der beiden Faktoren.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="266"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="267"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="268"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="304"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>pare::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindowprojects.cpp" line="269"/>
        <source>Pare</source>
        <translation>Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Open a model with File &gt; Open, or drop a file on the window.</source>
        <translation>Öffnen Sie ein Modell mit Datei &gt; Öffnen oder ziehen Sie eine Datei auf das Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Could Not Open Model</source>
        <translation>Modell konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Pare could not open %1.</source>
        <translation>Pare konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>%1

Check that the file is a complete safetensors, ONNX, Keras HDF5, GGUF or NumPy file, or a Hugging Face model folder.</source>
        <translation>%1

Prüfen Sie, ob die Datei eine vollständige safetensors-, ONNX-, Keras-HDF5-, GGUF- oder NumPy-Datei oder ein Hugging-Face-Modellordner ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>%1: %2 pruned by magnitude, not activation-aware (no calibration data for them)</source>
        <translation>%1: %2 nach Betrag geprunt, nicht aktivierungsbasiert (keine Kalibrierungsdaten dafür)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Model Has Changed</source>
        <translation>Modell wurde geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Model Not Found</source>
        <translation>Modell nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>The model of %1 has changed since the project was saved.</source>
        <translation>Das Modell von %1 wurde seit dem Speichern des Projekts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>The model of %1 is not where it was.</source>
        <translation>Das Modell von %1 ist nicht mehr am bisherigen Ort.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>%1

Locate the original model, or open the changed model anyway (the saved figures may no longer match it).</source>
        <translation>%1

Suchen Sie das ursprüngliche Modell oder öffnen Sie das geänderte Modell trotzdem (die gespeicherten Werte passen dann womöglich nicht mehr).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>%1

Locate the model file or folder to open the project.</source>
        <translation>%1

Suchen Sie die Modelldatei oder den Modellordner, um das Projekt zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Locate Model</source>
        <translation>Modell suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Models (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;All files (*)</source>
        <translation>Modelle (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Project not opened: its model was not located.</source>
        <translation>Projekt nicht geöffnet: Sein Modell wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Project not opened.</source>
        <translation>Projekt nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>No model open.
File &gt; Open… or drop a model file here.</source>
        <translation>Kein Modell geöffnet.
Datei &gt; Öffnen… oder Modelldatei hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Select a layer to see its weight distribution, channel ranges and spectrum.</source>
        <translation>Wählen Sie eine Schicht, um Gewichtsverteilung, Kanalbereiche und Spektrum zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Pruning, quantization and low-rank settings appear here once a model is open.</source>
        <translation>Einstellungen für Pruning, Quantisierung und Low-Rank-Zerlegung erscheinen hier, sobald ein Modell geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Computed variants are compared with the original here.</source>
        <translation>Hier werden berechnete Varianten mit dem Original verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>Open Model or Project</source>
        <translation>Modell oder Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Models and projects (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare projects (*.pare);;All files (*)</source>
        <translation>Modelle und Projekte (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare-Projekte (*.pare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Language model (GPT-2, King James Bible)</source>
        <translation>Sprachmodell (GPT-2, King-James-Bibel)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Image classifier (CNN, Fashion-MNIST, ONNX)</source>
        <translation>Bildklassifikator (CNN, Fashion-MNIST, ONNX)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Image classifier (CNN, Fashion-MNIST, Keras)</source>
        <translation>Bildklassifikator (CNN, Fashion-MNIST, Keras)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Save the model reference, recipe and computed variants as a .pare project.</source>
        <translation>Modellverweis, Rezept und berechnete Varianten als .pare-Projekt speichern.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>Write the comparison of the shown variants as HTML, PDF, CSV, JSON or Markdown.</source>
        <translation>Vergleich der angezeigten Varianten als HTML, PDF, CSV, JSON oder Markdown schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>report.html</source>
        <translation>bericht.html</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;About Pare</source>
        <translation>Ü&amp;ber Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>Could Not Write Report</source>
        <translation>Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <location filename="../ui/mainwindowprojects.cpp" line="191"/>
        <source>%1

Choose another folder or file name.</source>
        <translation>%1

Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>About Pare</source>
        <translation>Über Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;A workbench for compressing neural-network models: inspect, prune, quantize and factorize, then compare against the original.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank zum Komprimieren neuronaler Netze: untersuchen, prunen, quantisieren und faktorisieren, dann mit dem Original vergleichen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="538"/>
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
        <location filename="../ui/model/modelpanel.cpp" line="61"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="62"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="63"/>
        <source>Sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="64"/>
        <source>What the layer chart shows: parameters, stored bytes, or the share of weights that are exactly zero.</source>
        <translation>Was das Schichtdiagramm zeigt: Parameter, gespeicherte Bytes oder den Anteil der Gewichte, die exakt null sind.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="69"/>
        <source>Click a bar to select its layer.</source>
        <translation>Auf einen Balken klicken, um seine Schicht zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="80"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="130"/>
        <source>No model open. Use File &gt; Open… or drop a model file here.</source>
        <translation>Kein Modell geöffnet. Datei &gt; Öffnen… verwenden oder Modelldatei hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="134"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="136"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="138"/>
        <source>%1 (+%2 layers unknown)</source>
        <translation>%1 (+%2 Schichten unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="141"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 parameters in %5 tensors, %6 (%7)&lt;br&gt;%8 layers, %9 MACs per inference</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 Parameter in %5 Tensoren, %6 (%7)&lt;br&gt;%8 Schichten, %9 MACs pro Inferenz</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="143"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="191"/>
        <source>Layer sizes appear here once a model is open</source>
        <translation>Schichtgrößen erscheinen hier, sobald ein Modell geöffnet ist</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="197"/>
        <source>Sparsity per layer: not computed yet (the analysis is running)</source>
        <translation>Sparsität pro Schicht: noch nicht berechnet (die Analyse läuft)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="240"/>
        <source>largest %1 of %2 layers</source>
        <translation>größte %1 von %2 Schichten</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="241"/>
        <source>all %1 layers</source>
        <translation>alle %1 Schichten</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="244"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="245"/>
        <source>Parameters per layer (%1)</source>
        <translation>Parameter pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="246"/>
        <source>parameters (millions)</source>
        <translation>Parameter (Millionen)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="249"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="250"/>
        <source>Stored size per layer (%1)</source>
        <translation>Gespeicherte Größe pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="251"/>
        <source>size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="254"/>
        <source>sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="255"/>
        <source>Exact zeros per layer (%1)</source>
        <translation>Exakte Nullen pro Schicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="256"/>
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
        <location filename="../ui/compress/methodboxes.cpp" line="160"/>
        <source>Set weights to zero and store only the rest. Pruning and low-rank cannot be combined on one layer.</source>
        <translation>Setzt Gewichte auf null und speichert nur den Rest. Pruning und Low-Rank-Zerlegung lassen sich auf einer Schicht nicht kombinieren.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="162"/>
        <source>Magnitude</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="163"/>
        <source>N:M pattern</source>
        <translation>N:M-Muster</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="164"/>
        <source>Whole channels</source>
        <translation>Ganze Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="165"/>
        <source>Magnitude removes the smallest weights anywhere; N:M keeps N of every M inputs (hardware-friendly); channels removes whole output channels.</source>
        <translation>Betrag entfernt die kleinsten Gewichte überall; N:M behält N von je M Eingängen (hardwarefreundlich); Kanäle entfernt ganze Ausgabekanäle.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="167"/>
        <source>Magnitude |w|</source>
        <translation>Betrag |w|</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="168"/>
        <source>Activation-aware (Wanda)</source>
        <translation>Aktivierungsbasiert (Wanda)</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="170"/>
        <source>Which weights count as smallest: by |w| alone, or by |w| times the norm of the input it multiplies on a calibration text (language models; choose the text below).</source>
        <translation>Welche Gewichte als die kleinsten gelten: allein nach |w| oder nach |w| mal der Norm der Eingabe, mit der das Gewicht auf einem Kalibrierungstext multipliziert wird (Sprachmodelle; Text unten auswählen).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="173"/>
        <source>Fraction of weights (or channels) removed.</source>
        <translation>Anteil der entfernten Gewichte (oder Kanäle).</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="176"/>
        <source>Keep N weights in every group of M consecutive inputs.</source>
        <translation>N Gewichte in jeder Gruppe von M aufeinanderfolgenden Eingängen behalten.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="177"/>
        <source>L2 norm</source>
        <translation>L2-Norm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="178"/>
        <source>L1 norm</source>
        <translation>L1-Norm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="179"/>
        <source>How a channel&apos;s importance is measured.</source>
        <translation>Wie die Wichtigkeit eines Kanals gemessen wird.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="180"/>
        <source>Per layer</source>
        <translation>Pro Schicht</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="181"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="182"/>
        <source>Per layer: each layer reaches the target. Global: one threshold for all matched layers, so robust layers give up more.</source>
        <translation>Pro Schicht: Jede Schicht erreicht das Ziel. Global: ein Schwellwert für alle passenden Schichten, robuste Schichten geben also mehr ab.</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="185"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="186"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="187"/>
        <source>Sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="188"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="189"/>
        <source>Channel norm</source>
        <translation>Kanalnorm</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="190"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="240"/>
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
        <location filename="../ui/charts/barchart.cpp" line="340"/>
        <location filename="../ui/charts/barchart.cpp" line="445"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="354"/>
        <source>variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="376"/>
        <source>selected: %1</source>
        <translation>ausgewählt: %1</translation>
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
        <location filename="../ui/session.cpp" line="125"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
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
        <location filename="../ui/solve/solvepanel.cpp" line="31"/>
        <source>&amp;Run Sweep</source>
        <translation>Durchlauf &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="32"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="32"/>
        <source>&amp;Solve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="33"/>
        <source>&amp;Load Plan as Recipe</source>
        <translation>Plan als &amp;Rezept laden</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="49"/>
        <location filename="../ui/solve/solvepanel.cpp" line="337"/>
        <source>Size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="50"/>
        <source>Bits per weight</source>
        <translation>Bits pro Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="51"/>
        <source>Compression ratio (x)</source>
        <translation>Kompressionsrate (x)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="52"/>
        <location filename="../ui/solve/solvepanel.cpp" line="337"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="55"/>
        <source>Weight error (data-free)</source>
        <translation>Gewichtsfehler (datenfrei)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="56"/>
        <source>Layer output error</source>
        <translation>Fehler der Schichtausgabe</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="57"/>
        <source>End to end (KL / accuracy)</source>
        <translation>Ende-zu-Ende (KL / Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="58"/>
        <source>Relative weight error² × parameters: no data needed, fastest.</source>
        <translation>Relativer Gewichtsfehler² × Parameter: keine Daten nötig, am schnellsten.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="59"/>
        <source>Each layer&apos;s output error on calibration inputs (transformer decoders; the demo model&apos;s bundled text).</source>
        <translation>Ausgabefehler jeder Schicht auf Kalibrierungseingaben (Transformer-Decoder; der mitgelieferte Text des Demo-Modells).</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="61"/>
        <source>Only that layer compressed, the whole model run on evaluation data.</source>
        <translation>Nur diese Schicht komprimiert, das ganze Modell auf Evaluierungsdaten ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="77"/>
        <location filename="../ui/solve/solvepanel.cpp" line="168"/>
        <source>Open a model, then run the sensitivity sweep.</source>
        <translation>Öffnen Sie ein Modell und starten Sie dann den Sensitivitätsdurchlauf.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="83"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="84"/>
        <source>Damage:</source>
        <translation>Schaden:</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="133"/>
        <source>Sweep canceled: %1 of %2 measurements kept; Run Sweep resumes.</source>
        <translation>Durchlauf abgebrochen: %1 von %2 Messungen behalten; „Durchlauf starten“ setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="137"/>
        <source>Sweep failed: %1</source>
        <translation>Durchlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="167"/>
        <source>Run the sensitivity sweep to measure every layer × option.</source>
        <translation>Starten Sie den Sensitivitätsdurchlauf, um jede Schicht × Option zu messen.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="190"/>
        <source>no model is open</source>
        <translation>kein Modell geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="191"/>
        <source>saved sensitivity sweep</source>
        <translation>gespeicherter Sensitivitätsdurchlauf</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="199"/>
        <source>saved sensitivity sweep: layer %1 is not in this model</source>
        <translation>gespeicherter Sensitivitätsdurchlauf: Schicht %1 ist nicht in diesem Modell</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="206"/>
        <source>Saved sweep: %1 of %2 measurements; Run Sweep resumes.</source>
        <translation>Gespeicherter Durchlauf: %1 von %2 Messungen; „Durchlauf starten“ setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="233"/>
        <source>Sensitivity sweep (%1)</source>
        <translation>Sensitivitätsdurchlauf (%1)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="266"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="272"/>
        <source> bpw</source>
        <translation> bpw</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="277"/>
        <source> x</source>
        <translation> x</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="282"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="291"/>
        <source>Run the sweep to the end before solving.</source>
        <translation>Führen Sie den Durchlauf vor dem Lösen vollständig aus.</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="303"/>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="318"/>
        <source>Budget %1: %2 MB (%3x, %4 bpw, %5 ms), damage %6 %7 — %8</source>
        <translation>Budget %1: %2 MB (%3x, %4 bpw, %5 ms), Schaden %6 %7 — %8</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="326"/>
        <source>optimal (%1)</source>
        <translation>optimal (%1)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="326"/>
        <source>%1, gap %2</source>
        <translation>%1, Lücke %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="336"/>
        <source>Pareto front: damage (%1) against %2</source>
        <translation>Pareto-Front: Schaden (%1) gegen %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="336"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="336"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="338"/>
        <source>Damage</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="363"/>
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
