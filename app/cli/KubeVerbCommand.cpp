// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeVerbCommand.h"

#include "cli/ExitCode.h"
#include "cli/KubeCommandOptions.h"
#include "cli/KubeCommandOutput.h"
#include "cli/KubeConfirmPrompt.h"

namespace podnet {

KubeVerbCommand::KubeVerbCommand(const KubeVerbContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

KubeVerbCommand::~KubeVerbCommand() = default;

void KubeVerbCommand::confirm(const QString &question, const QString &nothingDone,
                              std::function<void()> proceed)
{
    if (m_context.options->yes())
        return proceed();
    if (!KubeConfirmPrompt::isInteractive()) {
        m_context.output->error(tr("%1 Nothing asks for confirmation here because this is not a "
                                   "terminal: run again with --yes to go ahead.")
                                        .arg(nothingDone));
        return finish(ExitBadInput);
    }
    m_prompt = new KubeConfirmPrompt(this);
    connect(m_prompt, &KubeConfirmPrompt::answered, this,
            [this, nothingDone, proceed = std::move(proceed)](bool yes) {
                if (yes)
                    return proceed();
                m_context.output->note(nothingDone);
                finish(ExitOk);
            });
    m_prompt->ask(question);
}

void KubeVerbCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done(exitCode);
}

} // namespace podnet
