// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPalette;

namespace pare::ui {

// The window's colours: the platform's own palette (System), or Fusion with a light or a dark
// palette. Charts follow whatever palette is in effect (see charts/chartutil.h).
enum class Theme { System, Light, Dark };

Theme preferredTheme();                // from the settings; System when unset
void setPreferredTheme(Theme theme);   // saved in the settings
QString themeKey(Theme theme);         // "system", "light", "dark"
Theme themeFromKey(const QString &key);

// Applies a theme to the running application (style and palette); takes effect at once.
void applyTheme(Theme theme);
// Applies the saved theme; call once after the QApplication exists.
void applySavedTheme();
// The theme in effect after applyTheme (System until something else was applied).
Theme currentTheme();

// True when a palette has light text on a dark window (so charts should be dark too).
bool isDark(const QPalette &palette);

} // namespace pare::ui
