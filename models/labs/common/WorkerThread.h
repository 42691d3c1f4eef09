#pragma once
// A lab's worker and the thread it trains on. The worker is created here, lives and dies
// on its own thread, and is reached only through queued calls (post) and the few
// thread-safe members it offers (operator->), so the UI thread never trains or waits.

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
    // The worker and its timers end on their own thread, after whatever slice is running.
    ~WorkerThread()
    {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
            delete worker;
            QThread::currentThread()->quit();
        });
        m_thread.wait();
    }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Once the lab has connected to the worker's signals.
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
