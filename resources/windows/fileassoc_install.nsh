; SPDX-License-Identifier: GPL-3.0-or-later
; Included into the install section of CPack's NSIS script (CPACK_NSIS_EXTRA_INSTALL_COMMANDS).
; .pare is Pare's own: it becomes the default program. The model formats belong to no single
; program, so Pare is only added to their "Open with" list (OpenWithProgids), never taking
; over an association the user chose.
WriteRegStr SHCTX "Software\Classes\Pare.Project" "" "Pare project"
WriteRegStr SHCTX "Software\Classes\Pare.Project\DefaultIcon" "" "$INSTDIR\pare.exe,0"
WriteRegStr SHCTX "Software\Classes\Pare.Project\shell\open\command" "" '"$INSTDIR\pare.exe" "%1"'
WriteRegStr SHCTX "Software\Classes\Pare.Model" "" "Neural-network model"
WriteRegStr SHCTX "Software\Classes\Pare.Model\DefaultIcon" "" "$INSTDIR\pare.exe,0"
WriteRegStr SHCTX "Software\Classes\Pare.Model\shell\open\command" "" '"$INSTDIR\pare.exe" "%1"'
WriteRegStr SHCTX "Software\Classes\.pare" "" "Pare.Project"
WriteRegStr SHCTX "Software\Classes\.pare\OpenWithProgids" "Pare.Project" ""
WriteRegStr SHCTX "Software\Classes\.safetensors\OpenWithProgids" "Pare.Model" ""
WriteRegStr SHCTX "Software\Classes\.gguf\OpenWithProgids" "Pare.Model" ""
WriteRegStr SHCTX "Software\Classes\.onnx\OpenWithProgids" "Pare.Model" ""
WriteRegStr SHCTX "Software\Classes\.h5\OpenWithProgids" "Pare.Model" ""
WriteRegStr SHCTX "Software\Classes\Applications\pare.exe\SupportedTypes" ".pare" ""
WriteRegStr SHCTX "Software\Classes\Applications\pare.exe\SupportedTypes" ".safetensors" ""
WriteRegStr SHCTX "Software\Classes\Applications\pare.exe\SupportedTypes" ".gguf" ""
WriteRegStr SHCTX "Software\Classes\Applications\pare.exe\SupportedTypes" ".onnx" ""
WriteRegStr SHCTX "Software\Classes\Applications\pare.exe\SupportedTypes" ".h5" ""
; SHCNE_ASSOCCHANGED: Explorer re-reads the associations without a log-off.
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
