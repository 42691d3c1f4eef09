#include "Preferences.h"

#include "CourseController.h"
#include "LanguageCatalog.h"
#include "SchoolPolicy.h"
#include "UiScale.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJSEngine>
#include <QLocale>
#include <QQmlEngine>

#include <algorithm>

namespace loopwise {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDarkKey = QStringLiteral("ui/dark");
const QString kTextScaleKey = QStringLiteral("ui/textScale");
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{}

Preferences *Preferences::instance()
{
    static Preferences *preferences = new Preferences(QCoreApplication::instance());
    return preferences;
}

Preferences *Preferences::create(QQmlEngine *engine, QJSEngine *)
{
    Preferences *preferences = instance();
    QJSEngine::setObjectOwnership(preferences, QJSEngine::CppOwnership);
    if (!preferences->m_engine)
        preferences->setEngine(engine);
    return preferences;
}

QStringList Preferences::availableLanguages()
{
    return LanguageCatalog::current().codes();
}

void Preferences::load(ProgressStore *store, const QString &language)
{
    m_store = store;
    // Each learner on a shared device keeps their own language, theme and text size.
    connect(store, &ProgressStore::currentProfileIdChanged, this, &Preferences::followLearner, Qt::UniqueConnection);
    readFromStore(language, true);
}

void Preferences::followLearner()
{
    readFromStore(QString(), false);
}

void Preferences::readFromStore(const QString &languageOverride, bool applyAlways)
{
    // What the school fixes wins; what it presets stands in for a learner's own choice.
    const SchoolPolicy &policy = schoolPolicy();
    const bool dark = themeLocked() ? *policy.darkTheme.value
                                    : m_store->setting(kDarkKey, policy.darkTheme.value.value_or(false)).toBool();
    const qreal textScale
        = std::clamp(textScaleLocked() ? *policy.textScale.value
                                       : m_store->setting(kTextScaleKey, policy.textScale.value.value_or(1.0)).toReal(),
                     UiScale::kMinTextScale, UiScale::kMaxTextScale);
    QString chosen = languageLocked() ? *policy.language.value : languageOverride;
    if (chosen.isEmpty())
        chosen = m_store->setting(kLanguageKey).toString();
    if (chosen.isEmpty() && policy.language.value)
        chosen = *policy.language.value;
    if (chosen.isEmpty() || !availableLanguages().contains(chosen))
        chosen = systemLanguage();
    if (dark != m_darkTheme) {
        m_darkTheme = dark;
        Q_EMIT darkThemeChanged();
    }
    if (!qFuzzyCompare(textScale, m_textScale)) {
        m_textScale = textScale;
        Q_EMIT textScaleChanged();
    }
    const bool languageChanged = chosen != m_language;
    m_language = chosen;
    if (languageChanged || applyAlways)
        applyLanguage();
    if (languageChanged)
        Q_EMIT this->languageChanged();
}

void Preferences::setLanguage(const QString &language)
{
    if (languageLocked() || language == m_language || !availableLanguages().contains(language))
        return;
    m_language = language;
    if (m_store)
        m_store->setSetting(kLanguageKey, language);
    applyLanguage();
    Q_EMIT languageChanged();
}

void Preferences::installTranslator(const QString &language)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // Numbers follow the reader's language too ("0,25" in German), in C++ and in Qt.locale().
    QLocale::setDefault(QLocale(language));
    // English has a translation file too: it holds the plural forms.
    auto translator = std::make_unique<QTranslator>();
    const QString file = LanguageCatalog::current().translationFile(language);
    if (!file.isEmpty() && translator->load(file)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
}

void Preferences::prepareLanguage(const QString &language)
{
    // Before the store opens, so that what it names on its own (a first learner
    // profile, a recovery message) is already in the reader's language.
    const std::optional<QString> &schoolDefault = schoolPolicy().language.value;
    if (!language.isEmpty())
        installTranslator(language);
    else if (schoolDefault && availableLanguages().contains(*schoolDefault))
        installTranslator(*schoolDefault);
    else
        installTranslator(systemLanguage());
}

QString Preferences::systemLanguage()
{
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

void Preferences::applyLanguage()
{
    installTranslator(m_language);
    QGuiApplication::setLayoutDirection(QLocale(m_language).textDirection());
    CourseController::instance()->setLocale(m_language);
    if (m_engine)
        m_engine->retranslate();
}

void Preferences::setDarkTheme(bool dark)
{
    if (themeLocked() || dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    if (m_store)
        m_store->setSetting(kDarkKey, dark);
    Q_EMIT darkThemeChanged();
}

void Preferences::setTextScale(qreal scale)
{
    scale = std::clamp(scale, UiScale::kMinTextScale, UiScale::kMaxTextScale);
    if (textScaleLocked() || qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    if (m_store)
        m_store->setSetting(kTextScaleKey, scale);
    Q_EMIT textScaleChanged();
}

bool Preferences::languageLocked() const
{
    const PolicyChoice<QString> &language = schoolPolicy().language;
    return language.locked && language.value && availableLanguages().contains(*language.value);
}

bool Preferences::themeLocked() const
{
    return schoolPolicy().darkTheme.locked && schoolPolicy().darkTheme.value.has_value();
}

bool Preferences::textScaleLocked() const
{
    return schoolPolicy().textScale.locked && schoolPolicy().textScale.value.has_value();
}

QVariantList Preferences::languages() const
{
    QVariantList result;
    for (const QString &code : availableLanguages()) {
        result.append(
            QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), LanguageCatalog::nativeName(code)}});
    }
    return result;
}

} // namespace loopwise
