#pragma once

#include "ProgressStore.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace loopwise {

// Lets QML name the store's type (it lives in loopwise_store, which knows no QML).
struct ProgressStoreForeign
{
    Q_GADGET
    QML_FOREIGN(loopwise::ProgressStore)
    QML_NAMED_ELEMENT(ProgressStore)
    QML_UNCREATABLE("Use Progress.store")
};

// The learner's progress store for QML: `Progress.store`. The app opens it
// before the first page loads; tests open their own in a temporary folder.
class Progress : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(loopwise::ProgressStore *store READ store CONSTANT)

public:
    // No default argument: Qt 6.4 would then build a second instance instead of calling create().
    explicit Progress(QObject *parent);

    static Progress *instance();
    static Progress *create(QQmlEngine *, QJSEngine *);

    ProgressStore *store() { return &m_store; }

    // {index, count} of a section in a module (index -1 if unknown), for progress bars.
    Q_INVOKABLE QVariantMap sectionProgress(const QString &moduleId, const QString &sectionId) const;

private:
    ProgressStore m_store;
};

} // namespace loopwise
