#pragma once

#include <QImage>
#include <QWidget>

namespace veil {

// Shows one image scaled to fit (aspect kept, never blurred when enlarged
// by an integer factor), with short captions in the corners.
class ImageView : public QWidget
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    void setCaption(const QString &topLeft, const QString &bottomLeft = {});
    void setMessage(const QString &message); // shown instead of an image (errors, "loading")
    QString message() const { return m_message; }

    QSize sizeHint() const override { return {640, 480}; }

signals:
    void stepRequested(int delta); // mouse wheel: next/previous frame

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QRect targetRect() const;

    QImage m_image;
    QString m_topLeft;
    QString m_bottomLeft;
    QString m_message;
};

} // namespace veil
