; SPDX-License-Identifier: GPL-3.0-or-later
; Included into the uninstall section (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS): removes exactly
; what fileassoc_install.nsh wrote and nothing the user or another program set.
DeleteRegValue SHCTX "Software\Classes\.pare\OpenWithProgids" "Pare.Project"
DeleteRegValue SHCTX "Software\Classes\.safetensors\OpenWithProgids" "Pare.Model"
DeleteRegValue SHCTX "Software\Classes\.gguf\OpenWithProgids" "Pare.Model"
DeleteRegValue SHCTX "Software\Classes\.onnx\OpenWithProgids" "Pare.Model"
DeleteRegValue SHCTX "Software\Classes\.h5\OpenWithProgids" "Pare.Model"
ReadRegStr $0 SHCTX "Software\Classes\.pare" ""
StrCmp $0 "Pare.Project" 0 +2
DeleteRegValue SHCTX "Software\Classes\.pare" ""
DeleteRegKey /ifempty SHCTX "Software\Classes\.pare\OpenWithProgids"
DeleteRegKey /ifempty SHCTX "Software\Classes\.pare"
DeleteRegKey SHCTX "Software\Classes\Pare.Project"
DeleteRegKey SHCTX "Software\Classes\Pare.Model"
DeleteRegKey SHCTX "Software\Classes\Applications\pare.exe"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
