#include "LayoutWalker.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cmath>

namespace {

constexpr qreal kTolerance = 1.5; // sub-pixel rounding of text metrics and anchors

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextEdit") || item->inherits("QQuickTextInput");
}

bool isFlickable(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable");
}

// Where the letters are drawn inside a text's box (its alignment and padding), in the scene.
QRectF inkRect(const QQuickItem *item, const QRectF &scene)
{
    const qreal contentWidth = std::min<qreal>(item->property("contentWidth").toReal(), scene.width());
    const qreal contentHeight = std::min<qreal>(item->property("contentHeight").toReal(), scene.height());
    const int alignment = item->property("effectiveHorizontalAlignment").toInt();
    qreal x = scene.x() + item->property("leftPadding").toReal();
    if (alignment & Qt::AlignRight)
        x = scene.right() - item->property("rightPadding").toReal() - contentWidth;
    else if (alignment & Qt::AlignHCenter)
        x = scene.x() + (scene.width() - contentWidth) / 2;
    const qreal y = scene.y() + (scene.height() - contentHeight) / 2;
    return QRectF(x, y, contentWidth, contentHeight);
}

QString describe(const QString &kind, const QString &text, const QRectF &scene)
{
    QString shown = text.simplified();
    if (shown.size() > 50)
        shown = shown.left(50) + QStringLiteral("…");
    return QStringLiteral("%1: \"%2\" at %3,%4 (%5×%6)")
        .arg(kind, shown)
        .arg(qRound(scene.x()))
        .arg(qRound(scene.y()))
        .arg(qRound(scene.width()))
        .arg(qRound(scene.height()));
}

// The scrolling Flickable that holds the page: the tallest one whose content overflows it.
QQuickItem *mainFlickable(QQuickItem *item)
{
    QQuickItem *best = nullptr;
    qreal bestHeight = 0;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (!child->isVisible())
            continue;
        if (isFlickable(child) && child->property("contentHeight").toReal() > child->height() + 1
            && child->height() > bestHeight) {
            best = child;
            bestHeight = child->height();
        }
        if (QQuickItem *inner = mainFlickable(child); inner && inner->height() > bestHeight) {
            best = inner;
            bestHeight = inner->height();
        }
    }
    return best;
}

} // namespace

LayoutWalker::LayoutWalker(TranslatedRule translated)
    : m_translated(translated)
{}

QStringList LayoutWalker::walk(QQuickWindow *window)
{
    m_window = QRectF(0, 0, window->width(), window->height());
    QList<TextItem> texts;
    QStringList problems;
    collect(window->contentItem(), m_window, texts, problems);
    // Two texts side by side under one parent must not cover each other.
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            const TextItem &a = texts.at(i);
            const TextItem &b = texts.at(j);
            if (a.item->parentItem() != b.item->parentItem())
                continue;
            const QRectF overlap = inkRect(a.item, a.scene).intersected(inkRect(b.item, b.scene));
            if (overlap.width() > kTolerance && overlap.height() > kTolerance)
                problems.append(describe(QStringLiteral("overlaps \"%1\"").arg(b.text.left(30)), a.text, a.scene));
        }
    }
    problems.removeDuplicates();
    return problems;
}

QStringList LayoutWalker::walkScrolling(QQuickWindow *window)
{
    QStringList problems = walk(window);
    QQuickItem *flickable = mainFlickable(window->contentItem());
    if (!flickable)
        return problems;
    const qreal step = std::max<qreal>(100, flickable->height() * 0.8);
    for (qreal y = step; y < 100000; y += step) {
        const qreal maxY = flickable->property("contentHeight").toReal() - flickable->height()
            + flickable->property("originY").toReal();
        const qreal target = std::min(y + flickable->property("originY").toReal(), maxY);
        flickable->setProperty("contentY", target);
        QTest::qWait(50); // delegates of a ListView are made as it scrolls
        problems += walk(window);
        if (target >= maxY)
            break;
    }
    problems.removeDuplicates();
    return problems;
}

void LayoutWalker::collect(QQuickItem *item, QRectF clip, QList<TextItem> &texts, QStringList &problems) const
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (isText(item)) {
        const QString text = item->property("text").toString();
        if (!text.trimmed().isEmpty() && item->width() > 0)
            checkText(item, text, scene, clip, problems);
        if (!text.trimmed().isEmpty() && scene.intersects(clip))
            texts.append({item, text, scene});
        return;
    }
    if (item->clip()) {
        // A scrolling view clips what is scrolled away; a plain clip cuts its content.
        clip = isFlickable(item) ? QRectF(scene.x(), clip.y(), scene.width(), clip.height()).intersected(clip)
                                 : scene.intersected(clip);
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, clip, texts, problems);
}

void LayoutWalker::checkText(QQuickItem *item, const QString &text, const QRectF &scene, const QRectF &clip,
                             QStringList &problems) const
{
    if (!scene.intersects(clip))
        return; // scrolled out of view
    if (item->property("truncated").toBool())
        problems.append(describe(QStringLiteral("elided"), text, scene));
    const qreal contentWidth = item->property("contentWidth").toReal();
    const qreal contentHeight = item->property("contentHeight").toReal();
    if (item->inherits("QQuickText") && contentWidth > item->width() + kTolerance)
        problems.append(describe(QStringLiteral("wider than its box (%1 px)").arg(qRound(contentWidth)), text, scene));
    // Taller than its box matters where the box clips (a tall Arabic line in a button does not).
    if (item->inherits("QQuickText") && item->clip() && contentHeight > item->height() + kTolerance)
        problems.append(
            describe(QStringLiteral("taller than its box (%1 px)").arg(qRound(contentHeight)), text, scene));
    if (scene.left() < clip.left() - kTolerance || scene.right() > clip.right() + kTolerance)
        problems.append(
            describe(scene.left() < m_window.left() - kTolerance || scene.right() > m_window.right() + kTolerance
                         ? QStringLiteral("outside the window")
                         : QStringLiteral("cut off by a parent"),
                     text, scene));
    if (!m_translated(text))
        problems.append(describe(QStringLiteral("not translated"), text, scene));
}
