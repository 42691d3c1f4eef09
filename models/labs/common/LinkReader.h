#pragma once
// Reads the values of a lab link (lab/network?..., lab/learning?...). Each value that
// cannot be used adds one sentence naming the key and what it accepts, so a learner who
// pastes a broken link is told exactly what to change. A sentence already said is not
// said again, and what the link holds is quoted as a short excerpt (see excerpt()).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace loopwise {

class LinkReader
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::LinkReader)

public:
    explicit LinkReader(QStringList *problems)
        : m_problems(problems)
    {}

    void problem(const QString &text)
    {
        if (!m_problems->contains(text))
            m_problems->append(text);
    }

    std::optional<long long> integer(const QString &name, const QString &text, long long low, long long high);
    std::optional<double> real(const QString &name, const QString &text, double low, double high);
    // 1/true or 0/false.
    std::optional<bool> flag(const QString &name, const QString &text);
    // One of the engine's names; `choices` lists them for the message.
    template<typename Enum, typename FromName>
    std::optional<Enum> named(const QString &name, const QString &text, FromName fromName, const QString &choices)
    {
        const QByteArray latin = text.toLatin1();
        const std::optional<Enum> value
            = fromName(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
        if (!value)
            problemNotOneOf(name, choices, text);
        return value;
    }
    void problemNotOneOf(const QString &name, const QString &choices, const QString &text);

    // A number as links write it: short, and the same in every language.
    static QString number(double value) { return QString::number(value, 'g', 6); }

private:
    QStringList *m_problems;
};

} // namespace loopwise
