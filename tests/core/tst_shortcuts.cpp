// The shortcuts the app binds and the ones its table lists are the same: every QML Shortcut
// takes its keys from the Shortcuts list by id, every listed shortcut is bound by some
// Shortcut, and every row of the table has its keys.
#include "Shortcuts.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using loopwise::Shortcuts;

namespace {

struct BoundShortcut
{
    QString file;
    QString id; // empty when the Shortcut names its keys itself
};

// (A GUI application: the platform says what the standard keys are.)
// Every `Shortcut {` in the app's QML, with the id it passes to Shortcuts.sequences().
QList<BoundShortcut> shortcutsInQml()
{
    static const QRegularExpression shortcutStart(QStringLiteral("\\bShortcut\\s*\\{"));
    static const QRegularExpression fromList(
        QStringLiteral("^\\s*sequences:\\s*Shortcuts\\.sequences\\(\"([^\"]+)\"\\)\\s*$"),
        QRegularExpression::MultilineOption);
    QList<BoundShortcut> found;
    QDirIterator files(QStringLiteral(LOOPWISE_SOURCE_DIR "/qml"), {QStringLiteral("*.qml")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        auto starts = shortcutStart.globalMatch(text);
        while (starts.hasNext()) {
            const qsizetype begin = starts.next().capturedEnd();
            const QString body = text.mid(begin, text.indexOf(u'}', begin) - begin);
            const QRegularExpressionMatch match = fromList.match(body);
            found.append({path.section(u'/', -2), match.hasMatch() ? match.captured(1) : QString()});
        }
    }
    return found;
}

QSet<QString> listedShortcutIds()
{
    QSet<QString> ids;
    for (const Shortcuts::Entry &entry : Shortcuts::entries()) {
        if (entry.kind == Shortcuts::Kind::Shortcut)
            ids.insert(QString::fromLatin1(entry.id));
    }
    return ids;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBoundShortcutIsListed()
    {
        const QList<BoundShortcut> bound = shortcutsInQml();
        QVERIFY(bound.size() >= 10);
        const QSet<QString> listed = listedShortcutIds();
        for (const BoundShortcut &shortcut : bound) {
            QVERIFY2(!shortcut.id.isEmpty(),
                     qPrintable(shortcut.file
                                + QStringLiteral(": a Shortcut must take its keys from Shortcuts.sequences(id)")));
            QVERIFY2(listed.contains(shortcut.id), qPrintable(shortcut.file + QStringLiteral(": ") + shortcut.id));
        }
    }

    void everyListedShortcutIsBound()
    {
        QSet<QString> bound;
        for (const BoundShortcut &shortcut : shortcutsInQml())
            bound.insert(shortcut.id);
        for (const QString &id : listedShortcutIds()) {
            QVERIFY2(bound.contains(id), qPrintable(id + QStringLiteral(" is listed but no Shortcut binds it")));
            QVERIFY(!Shortcuts::sequences(id).isEmpty());
        }
    }

    // No key does two things in one place (a lab's page or everywhere).
    void noKeyTwiceInOnePlace()
    {
        QHash<QString, QString> used; // group + key -> id
        const QString everywhere = QString::fromLatin1(Shortcuts::entries().first().group);
        for (const Shortcuts::Entry &entry : Shortcuts::entries()) {
            if (entry.kind != Shortcuts::Kind::Shortcut)
                continue;
            for (const QKeySequence &key : entry.keys) {
                const QString text = key.toString(QKeySequence::PortableText);
                for (const QString &place : {QString::fromLatin1(entry.group), everywhere}) {
                    const QString earlier = used.value(place + text);
                    QVERIFY2(earlier.isEmpty() || earlier == QLatin1String(entry.id),
                             qPrintable(text + QStringLiteral(": ") + earlier + QStringLiteral(" and ")
                                        + QLatin1String(entry.id)));
                }
                used.insert(QString::fromLatin1(entry.group) + text, QString::fromLatin1(entry.id));
            }
        }
    }

    void everyRowOfTheTableHasItsKeys()
    {
        const QVariantList table = Shortcuts::table();
        QCOMPARE(table.size(), Shortcuts::entries().size());
        for (const QVariant &row : table) {
            const QVariantMap map = row.toMap();
            QVERIFY2(!map.value(QStringLiteral("keys")).toString().trimmed().isEmpty(),
                     qPrintable(map.value(QStringLiteral("action")).toString()));
            QVERIFY(!map.value(QStringLiteral("action")).toString().isEmpty());
            QVERIFY(!map.value(QStringLiteral("group")).toString().isEmpty());
        }
        QCOMPARE(Shortcuts::keysText({QKeySequence(QStringLiteral("Alt+Left")), QKeySequence(QStringLiteral("Esc"))}),
                 QStringLiteral("Alt+←, Esc"));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
