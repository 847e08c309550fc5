// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ExecCredentialPlugin.h"

#include "kube/LoginShellPath.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace podnet {

namespace {

constexpr qsizetype maxOutput = 1024 * 1024;
constexpr qsizetype maxStderrShown = 400;

// stderr goes to the details only when it cannot be a credential: no long base64-ish run
// (tokens, JWTs, keys) and no word that announces one.
QString safeStderr(const QByteArray &raw)
{
    static const QRegularExpression secretish(
            QStringLiteral("[A-Za-z0-9_\\-+/=.]{24,}|token|bearer|password|secret|PRIVATE KEY"),
            QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromLocal8Bit(raw.left(maxStderrShown * 4)).trimmed();
    if (text.isEmpty() || secretish.match(text).hasMatch())
        return {};
    if (text.size() > maxStderrShown)
        text = text.left(maxStderrShown) + QStringLiteral(" …");
    return text;
}

} // namespace

ExecCredentialPlugin::ExecCredentialPlugin(const KubeExecConfig &config, LoginShellPath *path,
                                           QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_path(path)
{ }

ExecCredentialPlugin::~ExecCredentialPlugin()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

std::optional<ExecCredential> ExecCredentialPlugin::cached() const
{
    if (m_cache && m_cache->isValidAt(QDateTime::currentDateTimeUtc()))
        return m_cache;
    return std::nullopt;
}

void ExecCredentialPlugin::request(QObject *context, Callback callback)
{
    if (const std::optional<ExecCredential> credential = cached()) {
        QMetaObject::invokeMethod(
                context, [credential, callback] { callback(*credential, {}); },
                Qt::QueuedConnection);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(callback)});
    if (m_running)
        return;
    m_running = true;
    if (m_path) {
        m_path->request(this, [this](const QString &path) { run(path); });
    } else {
        QMetaObject::invokeMethod(
                this, [this] { run(qEnvironmentVariable("PATH")); }, Qt::QueuedConnection);
    }
}

ExecCredentialError ExecCredentialPlugin::error(ExecCredentialError::Kind kind,
                                                const QString &message, const QString &detail) const
{
    ExecCredentialError result;
    result.kind = kind;
    result.message = message;
    result.detail = QStringLiteral("%1 %2")
                            .arg(m_config.command, m_config.args.join(QLatin1Char(' ')))
                            .trimmed();
    if (!detail.isEmpty())
        result.detail += QLatin1Char('\n') + detail;
    return result;
}

void ExecCredentialPlugin::run(const QString &path)
{
    QString program;
    if (m_config.command.contains(QLatin1Char('/'))) {
        program = QDir(m_config.workingDirectory).absoluteFilePath(m_config.command);
        if (!QFileInfo(program).isExecutable())
            program.clear();
    } else {
        program = QStandardPaths::findExecutable(
                m_config.command, path.split(QDir::listSeparator(), Qt::SkipEmptyParts));
    }
    if (program.isEmpty()) {
        QString message = tr("The credential plugin \"%1\" named in the kubeconfig is not "
                             "installed or not on the PATH. Install it, then try again.")
                                  .arg(m_config.command);
        if (!m_config.installHint.isEmpty())
            message += QLatin1Char('\n') + m_config.installHint.trimmed();
        return complete(ExecCredential(),
                        error(ExecCredentialError::Kind::CommandNotFound, message,
                              QStringLiteral("PATH=%1").arg(path)));
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), path);
    for (const auto &[name, value] : m_config.env)
        environment.insert(name, value);
    const QJsonObject info {
            {QStringLiteral("apiVersion"), m_config.apiVersion},
            {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
            {QStringLiteral("spec"), QJsonObject {{QStringLiteral("interactive"), false}}}};
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
                       QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));

    auto *process = new QProcess(this);
    m_process = process;
    m_timedOut = false;
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setWorkingDirectory(m_config.workingDirectory);
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, process, [this, process] {
        m_timedOut = true;
        process->kill();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // crashes and timeouts also end in finished()
        process->deleteLater();
        complete(ExecCredential(),
                 error(ExecCredentialError::Kind::Failed,
                       tr("The credential plugin \"%1\" could not be started. Check that it is "
                          "executable, then try again.")
                               .arg(m_config.command),
                       process->errorString()));
    });
    connect(process, &QProcess::finished, this,
            [this, process](int exitCode, QProcess::ExitStatus status) {
                process->deleteLater();
                const QByteArray out = process->readAllStandardOutput();
                const QString stderrText = safeStderr(process->readAllStandardError());
                if (m_timedOut) {
                    return complete(ExecCredential(),
                                    error(ExecCredentialError::Kind::TimedOut,
                                          tr("The credential plugin \"%1\" did not finish "
                                             "within %2 seconds. It may be waiting for a "
                                             "login: log in with it in a terminal, then try "
                                             "again.")
                                                  .arg(m_config.command)
                                                  .arg(m_timeout.count() / 1000)));
                }
                if (status != QProcess::NormalExit || exitCode != 0) {
                    QString detail = QStringLiteral("exit code %1").arg(exitCode);
                    if (!stderrText.isEmpty())
                        detail += QLatin1Char('\n') + stderrText;
                    return complete(ExecCredential(),
                                    error(ExecCredentialError::Kind::Failed,
                                          tr("The credential plugin \"%1\" failed (exit code "
                                             "%2). Run it in a terminal to see why, for "
                                             "example to log in again, then try again.")
                                                  .arg(m_config.command)
                                                  .arg(exitCode),
                                          detail));
                }
                QString why;
                const std::optional<ExecCredential> credential
                        = out.size() > maxOutput ? std::nullopt : ExecCredential::parse(out, &why);
                if (!credential) {
                    return complete(ExecCredential(),
                                    error(ExecCredentialError::Kind::BadOutput,
                                          tr("The credential plugin \"%1\" did not print a "
                                             "credential Kubernetes understands. Check that "
                                             "it is the right version for this kubeconfig "
                                             "(apiVersion %2).")
                                                  .arg(m_config.command, m_config.apiVersion),
                                          why));
                }
                m_cache = credential;
                complete(*credential, {});
            });
    deadline->start(m_timeout);
    process->start(program, m_config.args);
}

void ExecCredentialPlugin::complete(const ExecCredential &credential,
                                    const ExecCredentialError &failure)
{
    m_running = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, callback] : waiting) {
        if (context)
            callback(credential, failure);
    }
}

} // namespace podnet
