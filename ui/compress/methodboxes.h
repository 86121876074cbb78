// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QJsonObject>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace pare::ui {

// One compression method's settings: a checkable group whose value is the recipe's JSON
// object for that method (nullopt when unchecked). edited() fires on user changes only.
class MethodBox : public QGroupBox
{
    Q_OBJECT
public:
    using QGroupBox::QGroupBox;
    virtual std::optional<QJsonObject> value() const = 0;
    virtual void setValue(const std::optional<QJsonObject> &value) = 0;

Q_SIGNALS:
    void edited();

protected:
    void emitEdited();
    bool m_updating = false;
};

class QuantizeBox : public MethodBox
{
    Q_OBJECT
public:
    explicit QuantizeBox(QWidget *parent = nullptr);
    std::optional<QJsonObject> value() const override;
    void setValue(const std::optional<QJsonObject> &value) override;
    QSlider *bitsSlider() const { return m_bitsSlider; }
    QComboBox *granularityCombo() const { return m_granularity; }
    QComboBox *groupSizeCombo() const { return m_groupSize; }

private:
    void updateEnabled();
    QComboBox *m_format;
    QSlider *m_bitsSlider;
    QLabel *m_bitsLabel;
    QComboBox *m_scheme;
    QComboBox *m_granularity;
    QComboBox *m_groupSize;
    QComboBox *m_clip;
};

class PruneBox : public MethodBox
{
    Q_OBJECT
public:
    explicit PruneBox(QWidget *parent = nullptr);
    std::optional<QJsonObject> value() const override;
    void setValue(const std::optional<QJsonObject> &value) override;
    QSlider *sparsitySlider() const { return m_sparsity; }
    QComboBox *methodCombo() const { return m_method; }
    QComboBox *scoreCombo() const { return m_score; }

private:
    void updateEnabled();
    QComboBox *m_method;
    QComboBox *m_score;
    QSlider *m_sparsity;
    QLabel *m_sparsityLabel;
    QComboBox *m_pattern;
    QComboBox *m_norm;
    QComboBox *m_scope;
};

class LowRankBox : public MethodBox
{
    Q_OBJECT
public:
    explicit LowRankBox(QWidget *parent = nullptr);
    std::optional<QJsonObject> value() const override;
    void setValue(const std::optional<QJsonObject> &value) override;
    QSlider *energySlider() const { return m_energy; }

private:
    void updateEnabled();
    QComboBox *m_mode;
    QSlider *m_energy;
    QLabel *m_energyLabel;
    QSpinBox *m_rank;
};

} // namespace pare::ui
