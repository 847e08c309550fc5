// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "RenderedManifestPanel.h"

#include "SetupState.h"
#include "manifest/TutorialCommand.h"
#include "util/AtomicFileWriter.h"
#include "widgets/YamlHighlighter.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace podnet {

RenderedManifestPanel::RenderedManifestPanel(SetupState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_summary(new QLabel(this))
    , m_view(new QPlainTextEdit(this))
    , m_highlighter(new YamlHighlighter(m_view->document()))
    , m_objectsLabel(new QLabel(this))
    , m_objects(new QTreeWidget(this))
    , m_findingsLabel(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_save(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_saveStatus(new QLabel(this))
    , m_tutorial(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("manifestView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_objects->setObjectName(QStringLiteral("objectList"));
    m_objects->setColumnCount(3);
    m_objects->setRootIsDecorated(false);
    m_objects->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_objectsLabel->setBuddy(m_objects);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setWordWrap(true);
    m_findingsLabel->setBuddy(m_findings);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setWordWrap(true);
    m_saveStatus->setTextFormat(Qt::PlainText);
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tutorial->setObjectName(QStringLiteral("tutorialCommand"));
    m_tutorial->setWordWrap(true);
    m_tutorial->setTextFormat(Qt::PlainText);
    m_tutorial->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_objectsLabel);
    sideLayout->addWidget(m_objects, 2);
    sideLayout->addWidget(m_findingsLabel);
    sideLayout->addWidget(m_findings, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_copy);
    saveRow->addWidget(m_saveStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_tutorial);

    connect(m_save, &QPushButton::clicked, this, &RenderedManifestPanel::chooseFileAndSave);
    connect(m_copy, &QPushButton::clicked, this, &RenderedManifestPanel::copyToClipboard);
    // Activating an object shows where its document starts.
    connect(m_objects, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int line = item->data(0, Qt::UserRole).toInt();
        QTextCursor cursor(m_view->document()->findBlockByLineNumber(line - 1));
        m_view->setTextCursor(cursor);
        m_view->centerCursor();
    });
    retranslateUi();
}

void RenderedManifestPanel::refresh()
{
    m_savedTo.clear();
    m_saveError.clear();
    m_copied = false;
    render();
    // Start where the user's first value went in, not in the template's header comments.
    if (!m_rendered.substitutions.isEmpty()) {
        const qsizetype offset = m_rendered.substitutions.constFirst().offset;
        QTextCursor cursor(m_view->document());
        cursor.setPosition(
                static_cast<int>(QString::fromUtf8(m_rendered.text.left(offset)).size()));
        m_view->setTextCursor(cursor);
        m_view->centerCursor();
    }
}

bool RenderedManifestPanel::isReady() const
{
    return m_rendered.ok();
}

void RenderedManifestPanel::render()
{
    m_rendered = m_state->render();
    if (const auto &loaded = m_state->manifestTemplate()) {
        m_tutorial->setText(tr("The tutorial's command for this manifest: %1")
                                    .arg(TutorialCommand::renderAndApply(loaded->source,
                                                                         m_state->renderValues())));
    }
    // Re-rendering (after a language switch) keeps the reader's place in the text.
    const int scrolled = m_view->verticalScrollBar()->value();
    m_view->setPlainText(QString::fromUtf8(m_rendered.text));
    m_view->verticalScrollBar()->setValue(scrolled);

    // Byte offsets from the renderer become character positions in the shown text.
    QList<YamlHighlighter::Span> spans;
    for (const RenderedManifest::Substitution &substitution :
         std::as_const(m_rendered.substitutions)) {
        const int start = static_cast<int>(
                QString::fromUtf8(m_rendered.text.left(substitution.offset)).size());
        const int length = static_cast<int>(
                QString::fromUtf8(m_rendered.text.mid(substitution.offset, substitution.length))
                        .size());
        spans.append({start, length});
    }
    m_highlighter->setValueSpans(spans);

    m_objects->clear();
    for (const ManifestResource &resource : std::as_const(m_rendered.resources)) {
        auto *item = new QTreeWidgetItem(m_objects,
                                         {resource.kind, resource.name, resource.namespaceName});
        item->setToolTip(0, resource.apiVersion);
        item->setData(0, Qt::UserRole, resource.line);
    }
    showFindings();
    Q_EMIT readyChanged();
}

void RenderedManifestPanel::showFindings()
{
    m_findings->clear();
    for (const ManifestProblem &problem : std::as_const(m_rendered.problems)) {
        const QString where = problem.line > 0 ? tr("Line %1: ").arg(problem.line) : QString();
        auto *item = new QListWidgetItem(
                style()->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical
                                                        : QStyle::SP_MessageBoxWarning),
                (problem.isError() ? tr("Error: ") : tr("Warning: ")) + where + problem.message,
                m_findings);
        item->setToolTip(problem.detail);
    }
    if (m_rendered.problems.isEmpty())
        new QListWidgetItem(tr("Nothing to report."), m_findings);

    const RenderValues values = m_state->renderValues();
    QString summary;
    if (m_state->manifestTemplate())
        summary = m_state->manifestTemplate()->origin() + QLatin1Char('\n');
    summary += tr("%APISERVER% → %1 · %CLUSTERCIDR% → %2")
                       .arg(values.apiServerUrl, values.clusterCidr);
    if (!values.imageTag.isEmpty())
        summary += QLatin1String(" · ") + tr("image pinned to %1").arg(values.imageTag);
    m_summary->setText(summary);

    if (!m_saveError.isEmpty())
        m_saveStatus->setText(tr("✖ %1").arg(m_saveError));
    else if (!m_savedTo.isEmpty())
        m_saveStatus->setText(tr("✔ Saved to %1").arg(QDir::toNativeSeparators(m_savedTo)));
    else if (m_copied)
        m_saveStatus->setText(tr("✔ Copied to the clipboard"));
    else
        m_saveStatus->clear();
}

bool RenderedManifestPanel::saveTo(const QString &path)
{
    if (!m_rendered.ok())
        return false;
    m_saveError = AtomicFileWriter::write(path, m_rendered.text);
    m_savedTo = m_saveError.isEmpty() ? path : QString();
    showFindings();
    return m_saveError.isEmpty();
}

void RenderedManifestPanel::copyToClipboard()
{
    if (!m_rendered.ok())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_rendered.text));
    m_copied = true;
    m_savedTo.clear();
    m_saveError.clear();
    showFindings();
}

void RenderedManifestPanel::chooseFileAndSave()
{
    // Opened without a nested event loop; the dialog reports through fileSelected.
    auto *dialog = new QFileDialog(this, tr("Save the manifest"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("saveManifestDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    dialog->setNameFilters({tr("YAML files (*.yaml *.yml)"), tr("All files (*)")});
    dialog->selectFile(QStringLiteral("kube-router.yaml"));
    connect(dialog, &QFileDialog::fileSelected, this, &RenderedManifestPanel::saveTo);
    dialog->open();
}

void RenderedManifestPanel::retranslateUi()
{
    m_objectsLabel->setText(tr("&Objects in the manifest:"));
    m_objects->setHeaderLabels({tr("Kind"), tr("Name"), tr("Namespace")});
    m_objects->setAccessibleName(tr("Objects in the manifest"));
    m_findingsLabel->setText(tr("&Findings:"));
    m_findings->setAccessibleName(tr("Findings"));
    m_view->setAccessibleName(tr("Rendered manifest"));
    m_save->setText(tr("&Save as…"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the manifest to the clipboard, for example to paste it into "
                          "kubectl apply -f -"));
    if (isVisible() || !m_rendered.text.isEmpty())
        render();
}

void RenderedManifestPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
