#include "PromptCasesFile.h"

#include <QFile>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace loopwise {

namespace {

// One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks)
// from `pos`; advances `pos` and counts the lines it spans.
QStringList nextRecord(const QString &text, qsizetype &pos, int &lines, bool &unclosedQuote)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    unclosedQuote = false;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (quoted) {
            if (c == QLatin1Char('"') && pos < text.size() && text.at(pos) == QLatin1Char('"')) {
                field += c;
                ++pos;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++lines;
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++lines;
            break;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    unclosedQuote = quoted;
    fields.append(field);
    return fields;
}

std::vector<std::string> words(const QString &contains)
{
    std::vector<std::string> out;
    for (const QString &word : contains.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!word.trimmed().isEmpty())
            out.push_back(word.trimmed().toStdString());
    return out;
}

PromptCasesFile::Outcome readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PromptCasesFile::Outcome outcome;
        //: %1 a file name, %2 the system's reason
        outcome.problem = PromptCasesFile::tr("Cannot read %1: %2").arg(path, file.errorString());
        return outcome;
    }
    return PromptCasesFile::parse(file.readAll());
}

} // namespace

PromptCasesFile::PromptCasesFile(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

PromptCasesFile::~PromptCasesFile()
{
    m_watcher.waitForFinished();
}

bool PromptCasesFile::read(const QString &pathOrUrl)
{
    if (busy())
        return false;
    const QUrl url(pathOrUrl);
    m_watcher.setFuture(QtConcurrent::run(readFile, url.isLocalFile() ? url.toLocalFile() : pathOrUrl));
    return true;
}

PromptCasesFile::Outcome PromptCasesFile::parse(const QByteArray &bytes)
{
    Outcome outcome;
    const QString text = QString::fromUtf8(bytes);
    qsizetype pos = 0;
    int lines = 0;
    bool unclosed = false;
    QStringList header = nextRecord(text, pos, lines, unclosed);
    if (!header.isEmpty() && header.first().startsWith(QChar(0xfeff)))
        header.first().remove(0, 1);
    for (QString &name : header)
        name = name.trimmed().toLower();
    const qsizetype input = header.indexOf(QStringLiteral("input"));
    const qsizetype expected = header.indexOf(QStringLiteral("expected"));
    const qsizetype contains = header.indexOf(QStringLiteral("contains"));
    if (input < 0 || expected < 0) {
        //: input, expected and contains are CSV column names, not to be translated
        outcome.problem = tr("The first line must name the columns input,expected (and, if wanted, contains).");
        return outcome;
    }
    while (pos < text.size()) {
        const int line = lines + 1;
        const QStringList fields = nextRecord(text, pos, lines, unclosed);
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // an empty line
        if (unclosed) {
            //: %1 a line number of the CSV file
            outcome.badRows.append(tr("Line %1: a quote is opened and never closed.").arg(line));
            break;
        }
        if (fields.size() != header.size()) {
            //: %1 a line number, %2 fields found, %3 columns named in the first line
            outcome.badRows.append(tr("Line %1 has %2 fields, the first line names %3 columns.")
                                       .arg(line)
                                       .arg(fields.size())
                                       .arg(header.size()));
            continue;
        }
        engine::prompts::TestCase testCase;
        testCase.input = fields.at(input).trimmed().toStdString();
        testCase.expected = fields.at(expected).trimmed().toStdString();
        if (contains >= 0)
            testCase.mustContain = words(fields.at(contains));
        if (testCase.input.empty()) {
            //: %1 a line number of the CSV file
            outcome.badRows.append(tr("Line %1 has no input.").arg(line));
            continue;
        }
        if (testCase.expected.empty() && testCase.mustContain.empty()) {
            //: %1 a line number of the CSV file
            outcome.badRows.append(tr("Line %1 has neither an expected answer nor words it must contain.").arg(line));
            continue;
        }
        outcome.cases.push_back(std::move(testCase));
    }
    return outcome;
}

} // namespace loopwise
