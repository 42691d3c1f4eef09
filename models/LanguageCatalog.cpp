#include "LanguageCatalog.h"

#include "StartupOptions.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace loopwise {

namespace {
const QString kShippedTranslations = QStringLiteral(":/i18n");
const QString kEnglish = QStringLiteral("en");

// loopwise_<code>.qm → code; "" for any other name. Codes are language codes with an
// optional region or script ("pt_BR", "sr_Latn"), never paths.
QString codeOf(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^loopwise_([a-z]{2,3}(?:_[A-Za-z]{2,4})?)\\.qm$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

LanguageCatalog::LanguageCatalog(QStringList folders)
    : m_folders(std::move(folders))
{
    // English is the source language: always there, with or without its plural-forms file.
    add(kEnglish, QString());
    const QStringList shipped = QDir(kShippedTranslations).entryList({QStringLiteral("loopwise_*.qm")}, QDir::Files);
    for (const QString &file : shipped) {
        if (const QString code = codeOf(file); !code.isEmpty())
            add(code, kShippedTranslations + QLatin1Char('/') + file);
    }
    for (const QString &folder : std::as_const(m_folders)) {
        const QDir root(folder);
        const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &entry : entries) {
            const QString file = QStringLiteral("loopwise_%1.qm").arg(entry);
            const QFileInfo info(root.filePath(entry + QLatin1Char('/') + file));
            if (codeOf(file) == entry && info.isFile())
                add(entry, info.absoluteFilePath());
        }
    }
}

const LanguageCatalog &LanguageCatalog::current()
{
    static const LanguageCatalog catalog(startupOptions().languageDirs);
    return catalog;
}

QString LanguageCatalog::dataLanguagesFolder(const QString &dataDir)
{
    const QString dataFolder
        = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    return QDir(dataFolder).absoluteFilePath(QStringLiteral("languages"));
}

QString LanguageCatalog::nativeName(const QString &code)
{
    // QLocale("en") is American English; the plain language name reads better in a list.
    QString name = code == kEnglish ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
    if (name.isEmpty() || QLocale(code).language() == QLocale::C)
        name = code; // a code Qt does not know: show the code rather than nothing
    name[0] = name[0].toUpper();
    return name;
}

QStringList LanguageCatalog::codes() const
{
    QStringList result;
    for (const Language &language : m_languages)
        result.append(language.code);
    return result;
}

bool LanguageCatalog::contains(const QString &code) const
{
    return codes().contains(code);
}

QString LanguageCatalog::translationFile(const QString &code) const
{
    for (const Language &language : m_languages) {
        if (language.code == code)
            return language.translationFile;
    }
    return QString();
}

void LanguageCatalog::add(const QString &code, const QString &file)
{
    for (Language &language : m_languages) {
        if (language.code == code) {
            language.translationFile = file;
            return;
        }
    }
    m_languages.append({code, file});
}

} // namespace loopwise
