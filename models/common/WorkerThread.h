#pragma once
// A worker object and the thread it runs on (a lab's trainer, the progress store's
// database worker). The worker is created here, lives and dies on its own thread, and is
// reached only through queued calls (post) and the few thread-safe members it offers
// (operator->), so the UI thread never trains, never waits on the database.

#include <QCoreApplication>
#include <QMetaObject>
#include <QString>
#include <QThread>

#include <utility>

namespace loopwise {

template<typename Worker>
class WorkerThread
{
public:
    explicit WorkerThread(const QString &name)
        : m_worker(new Worker)
    {
        m_worker->moveToThread(&m_thread);
        m_thread.setObjectName(name);
    }
    // The worker and its timers end on their own thread, after whatever it was asked before.
    ~WorkerThread()
    {
        if (!QCoreApplication::instance()) {
            // Torn down with the application object (a child of it): Qt delivers no more
            // events to other threads, so the thread is ended from here. Its owner finished
            // the queue earlier (the store closes while the app still runs).
            m_thread.quit();
            m_thread.wait();
            delete m_worker;
            return;
        }
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
            delete worker;
            QThread::currentThread()->quit();
        });
        m_thread.wait();
    }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Once the owner has connected to the worker's signals.
    void start() { m_thread.start(); }

    Worker *get() const { return m_worker; }
    Worker *operator->() const { return m_worker; }

    // Runs call(worker) on the worker's thread, after what was posted before.
    template<typename Call>
    void post(Call call)
    {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, call = std::move(call)]() mutable { call(*worker); });
    }

private:
    QThread m_thread;
    Worker *m_worker;
};

} // namespace loopwise
