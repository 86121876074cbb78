// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>

namespace pare::ui {

namespace {
const char *const kThemeKey = "theme";

struct Original
{
    bool captured = false;
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original o;
    return o;
}

Theme g_current = Theme::System;

// Fusion with check boxes that can be seen on a dark view. Fusion outlines a check box in the
// window colour darkened by 40 %, which on the dark palette is the colour of a view's base: an
// unchecked box in a table (the Budget dock's Lock and Exclude columns) was invisible.
class PareStyle : public QProxyStyle
{
public:
    PareStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_IndicatorCheckBox && isDark(option->palette)) {
            if (const auto *box = qstyleoption_cast<const QStyleOptionButton *>(option)) {
                QStyleOptionButton lit(*box);
                // The outline is drawn from the window colour: a mid grey gives one of about
                // 40 % lightness on any dark base.
                lit.palette.setColor(QPalette::Window, kOutlineSource);
                QProxyStyle::drawPrimitive(element, &lit, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    static inline const QColor kOutlineSource{150, 152, 156};
};

bool isPareStyle(const QStyle *style)
{
    return dynamic_cast<const PareStyle *>(style) != nullptr;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 47, 50), base(30, 31, 34), text(230, 230, 230), disabled(128, 128, 128);
    const QColor highlight(42, 130, 218);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 42, 45));
    p.setColor(QPalette::ToolTipBase, QColor(60, 63, 65));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 72, 75));
    p.setColor(QPalette::Midlight, QColor(58, 60, 63));
    p.setColor(QPalette::Mid, QColor(38, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 26, 28));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(100, 170, 240));
    p.setColor(QPalette::LinkVisited, QColor(170, 130, 230));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}
} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Theme preferredTheme()
{
    return themeFromKey(QSettings().value(QLatin1String(kThemeKey)).toString());
}

void setPreferredTheme(Theme theme)
{
    if (theme == Theme::System)
        QSettings().remove(QLatin1String(kThemeKey));
    else
        QSettings().setValue(QLatin1String(kThemeKey), themeKey(theme));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void applyTheme(Theme theme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    Original &o = original();
    if (!o.captured) {
        o.captured = true;
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    g_current = theme;
    if (theme == Theme::System) {
        if (isPareStyle(QApplication::style())
            || QApplication::style()->name().compare(o.style, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
        return;
    }
    if (!isPareStyle(QApplication::style()))
        QApplication::setStyle(new PareStyle);
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

void applySavedTheme()
{
    const Theme t = preferredTheme();
    if (t != Theme::System)
        applyTheme(t);
}

Theme currentTheme()
{
    return g_current;
}

} // namespace pare::ui
