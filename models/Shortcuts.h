#pragma once

#include <QKeySequence>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// The one list of the app's keyboard shortcuts. Every QML Shortcut takes its keys from
// sequences(id), and the table on the About page and in the shortcuts sheet is made from
// the same list, so what is listed is what is bound (tests/core/tst_shortcuts checks it).
// Keys that act only where the focus is (arrows in the loop diagram, Tab between
// terms) are listed too, marked as such: they are key handlers, not Shortcut items.
class Shortcuts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum class Kind { Shortcut, WhereFocused };

    struct Entry
    {
        const char *id; // what a QML Shortcut names in sequences("...")
        const char *group; // where it works (translated in the table)
        const char *action; // what it does (translated in the table)
        QList<QKeySequence> keys;
        Kind kind;
    };

    explicit Shortcuts(QObject *parent = nullptr)
        : QObject(parent)
    {}

    static const QList<Entry> &entries();
    // The keys of shortcut `id` as QML's Shortcut.sequences takes them; empty (and a
    // warning) for an id that is not in the list.
    Q_INVOKABLE static QStringList sequences(const QString &id);
    // The table for people, in the current language: [{group, keys, action}], grouped
    // as listed; keys in the platform's words (Ctrl+G, ⌘G on a Mac), arrows as arrows.
    Q_INVOKABLE static QVariantList table();
    static QString keysText(const QList<QKeySequence> &keys);
};

} // namespace loopwise
