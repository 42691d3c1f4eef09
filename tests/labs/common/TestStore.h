#pragma once
// A progress store of the test's own in a temporary folder, open while it lives: what a lab
// test gives its lab instead of the app's store.

#include "../../common/StoreRequests.h"
#include "ProgressStore.h"

#include <QTemporaryDir>

class TestStore
{
public:
    TestStore() { m_open = m_folder.isValid() && storerequests::open(m_store, m_folder.path()); }
    ~TestStore() { storerequests::close(m_store); }
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    bool isOpen() const { return m_open; }
    loopwise::ProgressStore *store() { return &m_store; }
    // A path for the test's own files, in the same temporary folder.
    QString filePath(const QString &name) const { return m_folder.filePath(name); }

private:
    QTemporaryDir m_folder;
    loopwise::ProgressStore m_store;
    bool m_open = false;
};
