#include "Shortcuts.h"

#include <QCoreApplication>
#include <QHash>

namespace loopwise {

namespace {

QList<QKeySequence> keys(std::initializer_list<const char *> portable)
{
    QList<QKeySequence> list;
    for (const char *sequence : portable)
        list.append(QKeySequence(QString::fromLatin1(sequence), QKeySequence::PortableText));
    return list;
}

QList<QKeySequence> standardAnd(QKeySequence::StandardKey standard, std::initializer_list<const char *> portable)
{
    QList<QKeySequence> list = QKeySequence::keyBindings(standard);
    for (const QKeySequence &sequence : keys(portable)) {
        if (!list.contains(sequence))
            list.append(sequence);
    }
    return list;
}

// The group names and actions are translated where the table is made (context "Shortcuts").
constexpr const char *everywhere = QT_TRANSLATE_NOOP("Shortcuts", "Everywhere");
constexpr const char *reader = QT_TRANSLATE_NOOP("Shortcuts", "Module reader");
constexpr const char *networkLab = QT_TRANSLATE_NOOP("Shortcuts", "Lab: Build a neural network");
constexpr const char *learningLab = QT_TRANSLATE_NOOP("Shortcuts", "Lab: See how models learn");
constexpr const char *assumptionsLab = QT_TRANSLATE_NOOP("Shortcuts", "Lab: Check the assumptions");
constexpr const char *expertsLab = QT_TRANSLATE_NOOP("Shortcuts", "Lab: Mixture of experts");

} // namespace

const QList<Shortcuts::Entry> &Shortcuts::entries()
{
    using enum Kind;
    static const QList<Entry> list{
        {"back", everywhere, QT_TRANSLATE_NOOP("Shortcuts", "Go back (or close a glossary tip)"),
         standardAnd(QKeySequence::Back, {"Esc", "Alt+Left"}), Shortcut},
        {"home", everywhere, QT_TRANSLATE_NOOP("Shortcuts", "Course home"), keys({"Ctrl+H", "Alt+Home"}), Shortcut},
        {"glossary", everywhere, QT_TRANSLATE_NOOP("Shortcuts", "Glossary"), keys({"Ctrl+G"}), Shortcut},
        {"settings", everywhere, QT_TRANSLATE_NOOP("Shortcuts", "Settings"), keys({"Ctrl+,"}), Shortcut},
        {"shortcuts", everywhere, QT_TRANSLATE_NOOP("Shortcuts", "This list of keyboard shortcuts"),
         standardAnd(QKeySequence::HelpContents, {"F1", "?"}), Shortcut},
        {"nextControl", everywhere, QT_TRANSLATE_NOOP("Shortcuts", "Next or previous control or glossary term"),
         keys({"Tab", "Shift+Tab"}), WhereFocused},
        {"openFocused", reader, QT_TRANSLATE_NOOP("Shortcuts", "Open the focused card, term or link"),
         keys({"Space", "Return"}), WhereFocused},
        {"diagramStep", reader, QT_TRANSLATE_NOOP("Shortcuts", "Loop diagram focused: previous or next stage"),
         keys({"Left", "Right"}), WhereFocused},
        {"diagramPlay", reader, QT_TRANSLATE_NOOP("Shortcuts", "Loop diagram focused: play or pause the walkthrough"),
         keys({"Space"}), WhereFocused},
        {"network.play", networkLab, QT_TRANSLATE_NOOP("Shortcuts", "Play or pause training"), keys({"Ctrl+Space"}),
         Shortcut},
        {"network.step", networkLab, QT_TRANSLATE_NOOP("Shortcuts", "Train one epoch"), keys({"Ctrl+Right"}), Shortcut},
        {"network.reset", networkLab, QT_TRANSLATE_NOOP("Shortcuts", "Fresh weights"), keys({"Ctrl+R"}), Shortcut},
        {"network.weights", networkLab,
         QT_TRANSLATE_NOOP("Shortcuts", "Weights focused: pick a weight, then change it"),
         keys({"Left", "Right", "Return"}), WhereFocused},
        {"learning.play", learningLab, QT_TRANSLATE_NOOP("Shortcuts", "Play or pause training"), keys({"Ctrl+Space"}),
         Shortcut},
        {"learning.step", learningLab, QT_TRANSLATE_NOOP("Shortcuts", "Train one epoch"), keys({"Ctrl+Right"}),
         Shortcut},
        {"learning.batch", learningLab, QT_TRANSLATE_NOOP("Shortcuts", "Send one batch round the training loop"),
         keys({"Ctrl+Down"}), Shortcut},
        {"learning.reset", learningLab, QT_TRANSLATE_NOOP("Shortcuts", "Fresh parameters, same data"), keys({"Ctrl+R"}),
         Shortcut},
        {"assumptions.run", assumptionsLab, QT_TRANSLATE_NOOP("Shortcuts", "Train and check, or pause"),
         keys({"Ctrl+Space"}), Shortcut},
        {"assumptions.reset", assumptionsLab, QT_TRANSLATE_NOOP("Shortcuts", "Reset the experiment"), keys({"Ctrl+R"}),
         Shortcut},
        {"experts.play", expertsLab, QT_TRANSLATE_NOOP("Shortcuts", "Play or pause training"), keys({"Ctrl+Space"}),
         Shortcut},
        {"experts.reset", expertsLab, QT_TRANSLATE_NOOP("Shortcuts", "Fresh weights"), keys({"Ctrl+R"}), Shortcut},
    };
    return list;
}

QStringList Shortcuts::sequences(const QString &id)
{
    for (const Entry &entry : entries()) {
        if (id == QLatin1String(entry.id) && entry.kind == Kind::Shortcut) {
            QStringList list;
            for (const QKeySequence &sequence : entry.keys)
                list.append(sequence.toString(QKeySequence::PortableText));
            return list;
        }
    }
    qWarning("Shortcuts: no shortcut is called \"%s\"", qPrintable(id));
    return {};
}

QString Shortcuts::keysText(const QList<QKeySequence> &keys)
{
    // Key names in the reader's language (Qt's own translations of them may not be installed);
    // arrows read faster as arrows than as words, in every language.
    static const QHash<QString, QString> arrows{{QStringLiteral("Left"), QStringLiteral("←")},
                                                {QStringLiteral("Right"), QStringLiteral("→")},
                                                {QStringLiteral("Up"), QStringLiteral("↑")},
                                                {QStringLiteral("Down"), QStringLiteral("↓")}};
    static const char *const keyNames[] = {
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl"),   QT_TRANSLATE_NOOP("Shortcuts", "Alt"),
        QT_TRANSLATE_NOOP("Shortcuts", "Shift"),  QT_TRANSLATE_NOOP("Shortcuts", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Return"), QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Tab"),    QT_TRANSLATE_NOOP("Shortcuts", "Home"),
        QT_TRANSLATE_NOOP("Shortcuts", "Meta"),
    };
    QStringList texts;
    for (const QKeySequence &sequence : keys) {
        QStringList parts = sequence.toString(QKeySequence::NativeText).split(u'+');
        for (QString &part : parts) {
            if (arrows.contains(part)) {
                part = arrows.value(part);
                continue;
            }
            for (const char *name : keyNames) {
                if (part == QLatin1String(name))
                    part = QCoreApplication::translate("Shortcuts", name);
            }
        }
        texts.append(parts.join(u'+'));
    }
    //: Separates the keys that do the same thing in the shortcuts table, e.g. "Esc, Alt+←"
    return texts.join(QCoreApplication::translate("Shortcuts", ", "));
}

QVariantList Shortcuts::table()
{
    QVariantList rows;
    for (const Entry &entry : entries()) {
        rows.append(QVariantMap{{QStringLiteral("group"), QCoreApplication::translate("Shortcuts", entry.group)},
                                {QStringLiteral("keys"), keysText(entry.keys)},
                                {QStringLiteral("action"), QCoreApplication::translate("Shortcuts", entry.action)}});
    }
    return rows;
}

} // namespace loopwise
