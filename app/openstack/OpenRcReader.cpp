// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "OpenRcReader.h"

#include "openstack/EnvironmentCredentials.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace podnet {

namespace {

enum class WordKind {
    Literal,     ///< the value is known
    Expansion,   ///< uses $VAR, $(...) or backticks: only a shell could tell the value
    Unsupported, ///< unclosed quote, line continuation, pipes or further words
};

struct Word
{
    WordKind kind = WordKind::Literal;
    QString value;
    QString raw; ///< the word as written
};

bool endsWord(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char(';');
}

// Reads one shell word as POSIX sh would, without expanding anything.
Word parseWord(const QString &text)
{
    Word word;
    bool expansion = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && !endsWord(text.at(i))) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            const qsizetype close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return {WordKind::Unsupported, {}, text};
            word.value += text.mid(i + 1, close - i - 1);
            i = close + 1;
        } else if (c == QLatin1Char('"')) {
            bool closed = false;
            for (++i; i < n; ++i) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < n
                    && QStringLiteral("$`\"\\").contains(text.at(i + 1))) {
                    word.value += text.at(++i);
                    continue;
                }
                if (d == QLatin1Char('$') || d == QLatin1Char('`'))
                    expansion = true;
                word.value += d;
            }
            if (!closed)
                return {WordKind::Unsupported, {}, text};
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= n) // continues on the next line
                return {WordKind::Unsupported, {}, text};
            word.value += text.at(i + 1);
            i += 2;
        } else if (c == QLatin1Char('$') || c == QLatin1Char('`')) {
            expansion = true;
            word.value += c;
            ++i;
        } else if (QStringLiteral("&|<>()").contains(c)) {
            return {WordKind::Unsupported, {}, text};
        } else {
            word.value += c;
            ++i;
        }
    }
    word.raw = text.left(i);
    const QString rest = text.mid(i).trimmed();
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('#')) && !rest.startsWith(QLatin1Char(';')))
        return {WordKind::Unsupported, {}, word.raw};
    if (expansion)
        word.kind = WordKind::Expansion;
    return word;
}

// "$NAME", "${NAME}", quoted or not: the only expansion we understand, for Horizon's prompt.
QString simpleVariable(const QString &raw)
{
    static const QRegularExpression pattern(QStringLiteral(
            "^(\"?)\\$(?:([A-Za-z_][A-Za-z0-9_]*)|\\{([A-Za-z_][A-Za-z0-9_]*)\\})\\1$"));
    const QRegularExpressionMatch match = pattern.match(raw);
    if (!match.hasMatch())
        return {};
    return match.hasCaptured(2) ? match.captured(2) : match.captured(3);
}

bool isSecretVariable(const QString &name)
{
    return name == QLatin1String("OS_PASSWORD")
            || name == QLatin1String("OS_APPLICATION_CREDENTIAL_SECRET")
            || name == QLatin1String("OS_TOKEN");
}

CredentialsProblem lineProblem(const QString &file, int line, const QString &key,
                               const QString &message)
{
    CredentialsProblem problem;
    problem.severity = CredentialsProblem::Severity::Warning;
    problem.file = file;
    problem.line = line;
    problem.column = 1;
    problem.key = key;
    problem.message = message;
    return problem;
}

} // namespace

CredentialsImport OpenRcReader::read(const QByteArray &text, const QString &fileName)
{
    static const QRegularExpression assignment(
            QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$"));
    static const QRegularExpression unsetLine(
            QStringLiteral("^\\s*unset\\s+(?:-v\\s+)?([A-Za-z0-9_\\s]+?)\\s*(?:;\\s*)?(?:#.*)?$"));
    static const QRegularExpression readLine(QStringLiteral(
            "^\\s*read\\s+(?:-[A-Za-z]+\\s+)*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:#.*)?$"));

    QString content = QString::fromUtf8(text);
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    const QStringList lines = content.split(QLatin1Char('\n'));

    QList<OsVariable> variables;
    QList<CredentialsProblem> problems;
    QSet<QString> prompted; // variables a `read` line fills in when the file is sourced
    bool passwordPrompt = false;
    bool anyOsVariable = false;

    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = static_cast<int>(index + 1);
        QString line = lines.at(index);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;

        if (const QRegularExpressionMatch match = readLine.match(line); match.hasMatch()) {
            const QString name = match.captured(1);
            prompted.insert(name);
            if (name.startsWith(QLatin1String("OS_"))) {
                anyOsVariable = true;
                variables.append({name, {}, lineNumber});
                passwordPrompt = passwordPrompt || isSecretVariable(name);
            }
            continue;
        }
        if (const QRegularExpressionMatch match = unsetLine.match(line); match.hasMatch()) {
            const QStringList names = match.captured(1).split(
                    QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (const QString &name : names) {
                prompted.remove(name);
                if (name.startsWith(QLatin1String("OS_")))
                    variables.append({name, {}, lineNumber});
            }
            continue;
        }
        const QRegularExpressionMatch match = assignment.match(line);
        if (!match.hasMatch())
            continue; // echo, if, set ...: never run, and they set no credentials

        const QString name = match.captured(1);
        const bool osVariable = name.startsWith(QLatin1String("OS_"));
        anyOsVariable = anyOsVariable || osVariable;
        const Word word = parseWord(match.captured(2));
        if (word.kind == WordKind::Literal) {
            prompted.remove(name);
            if (osVariable)
                variables.append({name, word.value, lineNumber});
            continue;
        }
        const QString source = simpleVariable(word.raw);
        const bool fromPrompt = word.kind == WordKind::Expansion && prompted.contains(source);
        if (fromPrompt)
            prompted.insert(name);
        else
            prompted.remove(name);
        if (!osVariable)
            continue;
        // Whatever the shell would set, it is not what the file held before this line.
        variables.append({name, {}, lineNumber});
        if (fromPrompt) {
            passwordPrompt = passwordPrompt || isSecretVariable(name);
        } else if (word.kind == WordKind::Expansion) {
            problems.append(lineProblem(
                    fileName, lineNumber, name,
                    tr("Line %1 sets %2 with a shell expansion ($VAR, $(...) or backticks). The "
                       "wizard never runs the file, so %2 was not imported: enter its value by "
                       "hand.")
                            .arg(lineNumber)
                            .arg(name)));
        } else {
            problems.append(lineProblem(
                    fileName, lineNumber, name,
                    tr("Line %1 sets %2 in a way the wizard cannot read (an unclosed quote, a "
                       "value "
                       "continued on the next line, or further commands). %2 was not imported: "
                       "enter its value by hand.")
                            .arg(lineNumber)
                            .arg(name)));
        }
    }

    const QString cloudName = QFileInfo(fileName).fileName();
    if (!anyOsVariable) {
        CredentialsImport result;
        result.configFile = fileName;
        result.credentials.cloudName = cloudName;
        CredentialsProblem problem;
        problem.file = fileName;
        problem.message = tr("The file %1 sets no OS_* variables, so it is not an openrc file. "
                             "Choose the file Horizon offers under \"API Access\".")
                                  .arg(fileName);
        result.problems.append(problem);
        return result;
    }

    CredentialsImport result
            = EnvironmentCredentials::fromVariables(variables, cloudName, fileName);
    result.problems = problems + result.problems;
    result.passwordPrompt = passwordPrompt;
    return result;
}

CredentialsImport OpenRcReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CredentialsImport result;
        result.configFile = path;
        CredentialsProblem problem;
        problem.file = path;
        problem.message = tr("The file %1 cannot be read. Check that it exists and that you may "
                             "read it.")
                                  .arg(path);
        problem.detail = file.errorString();
        result.problems.append(problem);
        return result;
    }
    return read(file.readAll(), path);
}

} // namespace podnet
