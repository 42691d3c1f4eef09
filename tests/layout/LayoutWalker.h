#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

// Walks the item tree of a window and names every text a reader would find broken: cut off
// (elided, wider than its box, taller than a box that clips, clipped by a parent), outside the
// window, overlapping a sibling text, or not translated (a language test supplies the rule).
// A text merely outside its parent's box is not reported: labels beside a picture (x₁ next to
// an input) stand there on purpose; what a parent clips away is.
class LayoutWalker
{
public:
    using TranslatedRule = bool (*)(const QString &text);

    explicit LayoutWalker(TranslatedRule translated);

    // Problems of the texts on screen now, one line each ("<kind>: \"text…\" at x,y").
    QStringList walk(QQuickWindow *window);
    // The same at every scroll position of the page's main Flickable, top to bottom.
    QStringList walkScrolling(QQuickWindow *window);

private:
    struct TextItem
    {
        QQuickItem *item;
        QString text;
        QRectF scene;
    };
    void collect(QQuickItem *item, QRectF clip, QList<TextItem> &texts, QStringList &problems) const;
    void checkText(QQuickItem *item, const QString &text, const QRectF &scene, const QRectF &clip,
                   QStringList &problems) const;

    TranslatedRule m_translated;
    QRectF m_window;
};
