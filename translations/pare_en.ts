<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cmd_inspect.cpp" line="190"/>
        <source>%1, %n layer(s) unknown</source>
        <translation>
            <numerusform>%1, %n layer unknown</numerusform>
            <numerusform>%1, %n layers unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="59"/>
        <source>histogram of log10|w| of %1: %n bin(s) over [%2, %3]</source>
        <translation>
            <numerusform>histogram of log10|w| of %1: %n bin over [%2, %3]</numerusform>
            <numerusform>histogram of log10|w| of %1: %n bins over [%2, %3]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="60"/>
        <source>histogram of %1: %n bin(s) over [%2, %3]</source>
        <translation>
            <numerusform>histogram of %1: %n bin over [%2, %3]</numerusform>
            <numerusform>histogram of %1: %n bins over [%2, %3]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="82"/>
        <source>%n tensor(s), %1 parameters, %2 bytes</source>
        <translation>
            <numerusform>%n tensor, %1 parameters, %2 bytes</numerusform>
            <numerusform>%n tensors, %1 parameters, %2 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="99"/>
        <source>layer %1: %n output channel(s), %2 dead, median |w|max %3</source>
        <translation>
            <numerusform>layer %1: %n output channel, %2 dead, median |w|max %3</numerusform>
            <numerusform>layer %1: %n output channels, %2 dead, median |w|max %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="112"/>
        <source>spectrum %1×%2 (%3, %n value(s)): ranks for 90/95/99 % energy: %4</source>
        <translation>
            <numerusform>spectrum %1×%2 (%3, %n value): ranks for 90/95/99 % energy: %4</numerusform>
            <numerusform>spectrum %1×%2 (%3, %n values): ranks for 90/95/99 % energy: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_eval.cpp" line="179"/>
        <source>%n layer(s) pruned by magnitude instead of activation-aware scores (%1); give --calibration DATA to calibrate them</source>
        <translation>
            <numerusform>%n layer pruned by magnitude instead of activation-aware scores (%1); give --calibration DATA to calibrate it</numerusform>
            <numerusform>%n layers pruned by magnitude instead of activation-aware scores (%1); give --calibration DATA to calibrate them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pare::core</name>
    <message numerus="yes">
        <location filename="../core/analysis/lint.cpp" line="63"/>
        <source>%1: %n of %2 output channels are all zero (first: channel %3); they can be pruned for free</source>
        <translation>
            <numerusform>%1: %n of %2 output channels is all zero (channel %3); it can be pruned for free</numerusform>
            <numerusform>%1: %n of %2 output channels are all zero (first: channel %3); they can be pruned for free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/lint.cpp" line="81"/>
        <source>%1: %n output channel(s) have |w|max above %2× the median channel |w|max of %3 (worst: channel %4 at %5); per-tensor quantization will crush the other channels</source>
        <translation>
            <numerusform>%1: %n output channel has |w|max above %2× the median channel |w|max of %3 (worst: channel %4 at %5); per-tensor quantization will crush the other channels</numerusform>
            <numerusform>%1: %n output channels have |w|max above %2× the median channel |w|max of %3 (worst: channel %4 at %5); per-tensor quantization will crush the other channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/compress/compressor.cpp" line="285"/>
        <source>%n of %1 channels removed; inputs of %2 removed too</source>
        <translation>
            <numerusform>%n of %1 channels removed; inputs of %2 removed too</numerusform>
            <numerusform>%n of %1 channels removed; inputs of %2 removed too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/compress/estimator.cpp" line="247"/>
        <source>%n channel(s) removed</source>
        <translation>
            <numerusform>%n channel removed</numerusform>
            <numerusform>%n channels removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/datasets.cpp" line="389"/>
        <location filename="../core/runtime/evaluator.cpp" line="217"/>
        <source>%1 labels for %n example(s)</source>
        <translation>
            <numerusform>%1 labels for %n example</numerusform>
            <numerusform>%1 labels for %n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/decoder.cpp" line="311"/>
        <source>decoder: %n token(s) at position %1 do not fit a cache of %2 positions</source>
        <translation>
            <numerusform>decoder: %n token at position %1 does not fit a cache of %2 positions</numerusform>
            <numerusform>decoder: %n tokens at position %1 do not fit a cache of %2 positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/study.cpp" line="476"/>
        <source>%n layer(s) have unknown MACs (no input shape); totals count the others</source>
        <translation>
            <numerusform>%n layer has unknown MACs (no input shape); totals count the others</numerusform>
            <numerusform>%n layers have unknown MACs (no input shape); totals count the others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/sensitivity.cpp" line="174"/>
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n example)</numerusform>
            <numerusform>%1 (%n examples)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/sensitivity.cpp" line="592"/>
        <source>Resuming the sweep from %1 (%2 of %n cell(s) done)</source>
        <translation>
            <numerusform>Resuming the sweep from %1 (%2 of %n cell done)</numerusform>
            <numerusform>Resuming the sweep from %1 (%2 of %n cells done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/solver.cpp" line="71"/>
        <source>the sensitivity sweep is not complete (%1 of %n cells); run it to the end first</source>
        <translation>
            <numerusform>the sensitivity sweep is not complete (%1 of %n cell); run it to the end first</numerusform>
            <numerusform>the sensitivity sweep is not complete (%1 of %n cells); run it to the end first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pare::report</name>
    <message numerus="yes">
        <location filename="../report/reportwriter.cpp" line="134"/>
        <source>The front&apos;s %n plans</source>
        <translation>
            <numerusform>The front&apos;s %n plan</numerusform>
            <numerusform>The front&apos;s %n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportcontent.cpp" line="123"/>
        <source>The budget solver chose one option per layer for the %n layer(s) it may compress, minimizing the damage predicted by a sensitivity sweep at the %1 level (%2) within the budget (%3); the front is its plan at each size. Each plan is measured like the other variants and compared with the uniform recipes that fit the same budget by %4.</source>
        <translation>
            <numerusform>The budget solver chose one option for the %n layer it may compress, minimizing the damage predicted by a sensitivity sweep at the %1 level (%2) within the budget (%3); the front is its plan at each size. Each plan is measured like the other variants and compared with the uniform recipes that fit the same budget by %4.</numerusform>
            <numerusform>The budget solver chose one option per layer for the %n layers it may compress, minimizing the damage predicted by a sensitivity sweep at the %1 level (%2) within the budget (%3); the front is its plan at each size. Each plan is measured like the other variants and compared with the uniform recipes that fit the same budget by %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pare::ui::ComparePanel</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="514"/>
        <source>%n layer(s) pruned by magnitude instead of activation-aware (no calibration data)</source>
        <translation>
            <numerusform>%n layer pruned by magnitude instead of activation-aware (no calibration data)</numerusform>
            <numerusform>%n layers pruned by magnitude instead of activation-aware (no calibration data)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pare::ui::InspectorPanel</name>
    <message numerus="yes">
        <location filename="../ui/inspector/inspectorpanel.cpp" line="284"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 parameters</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 parameter</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 parameters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pare::ui::ModelPanel</name>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="139"/>
        <source>%1 (+%n layer(s) unknown)</source>
        <translation>
            <numerusform>%1 (+%n layer unknown)</numerusform>
            <numerusform>%1 (+%n layers unknown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="143"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 parameters in %5 tensors, %6 (%7)&lt;br&gt;%n layer(s), %8 MACs per inference</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 parameters in %5 tensors, %6 (%7)&lt;br&gt;%n layer, %8 MACs per inference</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 parameters in %5 tensors, %6 (%7)&lt;br&gt;%n layers, %8 MACs per inference</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="242"/>
        <source>largest %1 of %n layers</source>
        <translation>
            <numerusform>largest %1 of %n layer</numerusform>
            <numerusform>largest %1 of %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="243"/>
        <source>all %n layers</source>
        <translation>
            <numerusform>the %n layer</numerusform>
            <numerusform>all %n layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pare::ui::RuleDialog</name>
    <message numerus="yes">
        <location filename="../ui/compress/ruledialog.cpp" line="213"/>
        <source>Matches %n layer(s).</source>
        <translation>
            <numerusform>Matches %n layer.</numerusform>
            <numerusform>Matches %n layers.</numerusform>
        </translation>
    </message>
</context>
</TS>
