#pragma once

#include "ProgressStore.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;

namespace loopwise {

// The reader's settings: language, light or dark, text size. A language change
// applies at once: translator, layout direction and course content are swapped
// and every qsTr() binding is re-evaluated.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    // Whether the school's policy fixes each of them (the control shows "Set by your school").
    Q_PROPERTY(bool languageLocked READ languageLocked CONSTANT)
    Q_PROPERTY(bool themeLocked READ themeLocked CONSTANT)
    Q_PROPERTY(bool textScaleLocked READ textScaleLocked CONSTANT)
    // [{code, name}] of every language found (LanguageCatalog), each named in itself.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    // No default argument: Qt 6.4 would then build a second instance instead of calling create().
    explicit Preferences(QObject *parent);

    static Preferences *instance();
    static Preferences *create(QQmlEngine *engine, QJSEngine *);
    static QStringList availableLanguages();
    // The system's language if the UI has it, else English.
    static QString systemLanguage();

    // Installs the translator for --lang (or the system language) before the store opens.
    void prepareLanguage(const QString &language);

    // Reads the current learner's settings from the store (and again whenever
    // the learner changes); `language` (from --lang) wins when not empty.
    void load(ProgressStore *store, const QString &language);
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark);
    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    QVariantList languages() const;
    bool languageLocked() const;
    bool themeLocked() const;
    bool textScaleLocked() const;

Q_SIGNALS:
    void languageChanged();
    void darkThemeChanged();
    void textScaleChanged();

private:
    void applyLanguage();
    void installTranslator(const QString &language);
    void readFromStore(const QString &languageOverride, bool applyAlways);
    void followLearner();

    QPointer<ProgressStore> m_store;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
    QString m_language = QStringLiteral("en");
    bool m_darkTheme = false;
    qreal m_textScale = 1.0;
};

} // namespace loopwise
