#pragma once

#include "Preferences.h"
#include "Progress.h"
#include "StoreRequests.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>

// What a Quick Test needs to see the app's pages as the app does: the Material style,
// the app's QML module, and a progress store and settings of its own in a temporary
// folder. A test's setup object calls these from its Quick Test slots.
class QuickTestEnvironment
{
public:
    void start()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        loopwise::ProgressStore *store = loopwise::Progress::instance()->store();
        storerequests::open(*store, m_data.path());
        loopwise::Preferences::instance()->load(store, QStringLiteral("en"));
    }
    void stop() { storerequests::close(*loopwise::Progress::instance()->store()); }
    void attach(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral(":/"));
        loopwise::Preferences::instance()->setEngine(engine);
    }

private:
    QTemporaryDir m_data;
};
