#pragma once

#include <QLayout>
#include <QList>

namespace veil {

// Lays widgets out left to right and wraps to a new row when the width runs
// out, so that a row of tools never hides one, in any language.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int place(const QRect &rect, bool apply) const; // the height used

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace veil
