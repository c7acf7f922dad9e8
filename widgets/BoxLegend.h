#pragma once

#include <QWidget>

namespace veil {

// What the boxes on the panes mean: colour = class (PHI, unknown, not PHI,
// drawn by hand); a solid, tinted swatch = masked, a dashed one = kept.
class BoxLegend : public QWidget
{
    Q_OBJECT
public:
    explicit BoxLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry
    {
        QColor colour;
        bool solid;
        QString text;
    };
    QList<Entry> entries() const;
};

} // namespace veil
