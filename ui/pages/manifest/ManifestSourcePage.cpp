// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ManifestSourcePage.h"

#include "SetupState.h"
#include "manifest/ImagePin.h"
#include "widgets/FieldFeedback.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace podnet {

ManifestSourcePage::ManifestSourcePage(SetupState *state, QNetworkAccessManager *network,
                                       const TemplateCache &cache, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_loader(network, cache)
    , m_sources(new QButtonGroup(this))
    , m_downloadChoice(new QRadioButton(this))
    , m_fileChoice(new QRadioButton(this))
    , m_builtInChoice(new QRadioButton(this))
    , m_urlEdit(new QLineEdit(TemplateSource::upstreamUrl().toString(), this))
    , m_downloadButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_useSavedCopy(new QPushButton(this))
    , m_useBuiltIn(new QPushButton(this))
    , m_pin(new QCheckBox(this))
    , m_tagEdit(new QLineEdit(this))
    , m_tagFeedback(new FieldFeedback(this))
    , m_pinNote(new QLabel(this))
{
    buildUi();

    connect(m_sources, &QButtonGroup::idClicked, this, &ManifestSourcePage::onSourceChosen);
    connect(m_downloadButton, &QPushButton::clicked, this, &ManifestSourcePage::startDownload);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &ManifestSourcePage::startDownload);
    connect(m_cancelButton, &QPushButton::clicked, &m_loader, &TemplateLoader::cancel);
    connect(m_browseButton, &QPushButton::clicked, this, &ManifestSourcePage::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, &ManifestSourcePage::loadFile);
    connect(m_useSavedCopy, &QPushButton::clicked, this, [this] {
        // A copy: onLoaded() clears m_lastError, which owns the saved copy.
        if (m_lastError && m_lastError->savedCopy)
            onLoaded(ManifestTemplate(*m_lastError->savedCopy));
    });
    connect(m_useBuiltIn, &QPushButton::clicked, this, [this] {
        m_builtInChoice->setChecked(true);
        onSourceChosen(BuiltInChoice);
    });
    connect(&m_loader, &TemplateLoader::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? static_cast<int>(total) : 0);
        m_progress->setValue(static_cast<int>(received));
    });
    connect(&m_loader, &TemplateLoader::loaded, this, &ManifestSourcePage::onLoaded);
    connect(&m_loader, &TemplateLoader::failed, this, &ManifestSourcePage::onFailed);
    connect(&m_loader, &TemplateLoader::notice, this, [this](const QString &text) {
        m_notice = text;
        refreshStatus();
    });
    connect(m_pin, &QCheckBox::toggled, this, &ManifestSourcePage::refreshPin);
    connect(m_tagEdit, &QLineEdit::textEdited, this, &ManifestSourcePage::refreshPin);
    connect(m_tagFeedback, &FieldFeedback::fixRequested, this, [this](const QString &value) {
        m_tagEdit->setText(value);
        refreshPin();
    });
    connect(m_state, &SetupState::manifestInputsChanged, this, [this] {
        refreshStatus();
        Q_EMIT completeChanged();
    });
    retranslateUi();
    refreshPin();
    refreshStatus();
}

void ManifestSourcePage::buildUi()
{
    m_sources->addButton(m_downloadChoice, DownloadChoice);
    m_sources->addButton(m_fileChoice, FileChoice);
    m_sources->addButton(m_builtInChoice, BuiltInChoice);
    m_downloadChoice->setChecked(true);
    m_downloadChoice->setObjectName(QStringLiteral("downloadChoice"));
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_builtInChoice->setObjectName(QStringLiteral("builtInChoice"));
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_useSavedCopy->setObjectName(QStringLiteral("useSavedCopyButton"));
    m_useBuiltIn->setObjectName(QStringLiteral("useBuiltInButton"));
    m_pin->setObjectName(QStringLiteral("pinCheck"));
    m_tagEdit->setObjectName(QStringLiteral("tagEdit"));
    m_tagFeedback->setObjectName(QStringLiteral("tagFeedback"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinNote->setWordWrap(true);
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_tagEdit->setPlaceholderText(QStringLiteral("v2.11.1"));

    auto *sources = new QGridLayout;
    sources->setColumnMinimumWidth(0, 24);
    sources->addWidget(m_downloadChoice, 0, 0, 1, 3);
    sources->addWidget(m_urlEdit, 1, 1);
    sources->addWidget(m_downloadButton, 1, 2);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    sources->addLayout(progressRow, 2, 1, 1, 2);
    sources->addWidget(m_fileChoice, 3, 0, 1, 3);
    sources->addWidget(m_pathEdit, 4, 1);
    sources->addWidget(m_browseButton, 4, 2);
    sources->addWidget(m_builtInChoice, 5, 0, 1, 3);

    auto *fallbacks = new QHBoxLayout;
    fallbacks->addWidget(m_useSavedCopy);
    fallbacks->addWidget(m_useBuiltIn);
    fallbacks->addStretch(1);

    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_tagEdit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addLayout(fallbacks);
    layout->addSpacing(8);
    layout->addLayout(pinRow);
    layout->addWidget(m_tagFeedback);
    layout->addWidget(m_pinNote);
    layout->addStretch(1);
}

void ManifestSourcePage::initializePage()
{
    // A template and tag set elsewhere (demo mode, a profile) show as chosen.
    if (const auto &loaded = m_state->manifestTemplate(); loaded && !m_loader.isRunning()) {
        switch (loaded->source.kind) {
        case TemplateSource::Kind::BuiltIn:
            m_builtInChoice->setChecked(true);
            break;
        case TemplateSource::Kind::File:
            m_fileChoice->setChecked(true);
            m_pathEdit->setText(QDir::toNativeSeparators(loaded->source.location));
            break;
        case TemplateSource::Kind::Url:
            m_urlEdit->setText(loaded->source.location);
            m_downloadChoice->setChecked(true);
            break;
        case TemplateSource::Kind::Upstream:
            m_downloadChoice->setChecked(true);
            break;
        }
    }
    if (!m_state->imageTag().isEmpty() && !m_pin->isChecked()) {
        m_tagEdit->setText(m_state->imageTag());
        m_pin->setChecked(true);
    }
    refreshStatus();
}

bool ManifestSourcePage::isComplete() const
{
    if (!m_state->manifestTemplate() || m_loader.isRunning())
        return false;
    if (m_pin->isChecked() && ValidationMessage::anyError(ImagePin::checkTag(m_tagEdit->text())))
        return false;
    return m_state->render().ok();
}

void ManifestSourcePage::onSourceChosen(int choice)
{
    m_loader.cancel();
    m_lastError.reset();
    m_notice.clear();
    m_state->setManifestTemplate(std::nullopt);
    if (choice == BuiltInChoice)
        m_loader.load({TemplateSource::Kind::BuiltIn, {}});
    else if (choice == FileChoice && !m_pathEdit->text().isEmpty())
        loadFile();
    refreshStatus();
}

void ManifestSourcePage::startDownload()
{
    m_downloadChoice->setChecked(true);
    m_lastError.reset();
    m_notice.clear();
    m_state->setManifestTemplate(std::nullopt);
    // Anything typed here is an address; the downloader explains what it cannot fetch.
    const QString address = m_urlEdit->text().trimmed();
    TemplateSource source = TemplateSource::fromArgument(address);
    if (!source.isDownload())
        source = {TemplateSource::Kind::Url, address};
    m_loader.load(source);
    m_progress->setRange(0, 0);
    refreshStatus();
}

void ManifestSourcePage::browse()
{
    // Opened without a nested event loop; the dialog reports through fileSelected.
    auto *dialog = new QFileDialog(this, tr("Choose a kube-router manifest template"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("templateFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("YAML files (*.yaml *.yml)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_pathEdit->setText(QDir::toNativeSeparators(path));
        m_fileChoice->setChecked(true);
        loadFile();
    });
    dialog->open();
}

void ManifestSourcePage::loadFile()
{
    if (!m_fileChoice->isChecked())
        m_fileChoice->setChecked(true);
    const TemplateSource source {TemplateSource::Kind::File,
                                 QDir::fromNativeSeparators(m_pathEdit->text())};
    if (m_state->manifestTemplate() && m_state->manifestTemplate()->source == source)
        return;
    m_lastError.reset();
    m_notice.clear();
    m_state->setManifestTemplate(std::nullopt);
    m_loader.load(source);
    refreshStatus();
}

void ManifestSourcePage::onLoaded(const ManifestTemplate &manifestTemplate)
{
    m_lastError.reset();
    m_state->setManifestTemplate(manifestTemplate);
    refreshStatus();
    Q_EMIT completeChanged();
}

void ManifestSourcePage::onFailed(const TemplateLoadError &error)
{
    m_lastError = error;
    refreshStatus();
    Q_EMIT completeChanged();
}

void ManifestSourcePage::refreshPin()
{
    m_tagEdit->setEnabled(m_pin->isChecked());
    const QList<ValidationMessage> messages = m_pin->isChecked()
            ? ImagePin::checkTag(m_tagEdit->text())
            : QList<ValidationMessage> {};
    m_tagFeedback->setMessages(messages);
    m_state->setImageTag(m_pin->isChecked() && !ValidationMessage::anyError(messages)
                                 ? m_tagEdit->text()
                                 : QString());
    Q_EMIT completeChanged();
}

void ManifestSourcePage::refreshStatus()
{
    const bool running = m_loader.isRunning();
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_downloadButton->setEnabled(!running);
    m_useSavedCopy->setVisible(m_lastError && m_lastError->savedCopy);
    m_useBuiltIn->setVisible(m_lastError.has_value() && !m_builtInChoice->isChecked());
    if (m_lastError && m_lastError->savedCopy) {
        m_useSavedCopy->setText(
                tr("Use the saved copy from %1")
                        .arg(QLocale().toString(m_lastError->savedCopy->fetchedAt.toLocalTime(),
                                                QLocale::ShortFormat)));
    }

    QString text;
    bool blocked = false;
    if (running) {
        text = tr("Downloading %1 …").arg(m_urlEdit->text());
    } else if (m_lastError) {
        text = tr("✖ %1").arg(m_lastError->message);
        if (!m_lastError->detail.isEmpty())
            text += QLatin1Char('\n') + m_lastError->detail;
    } else if (const auto &loaded = m_state->manifestTemplate()) {
        const RenderedManifest rendered = m_state->render();
        blocked = !rendered.ok();
        text = tr("✔ %1").arg(loaded->origin());
        if (rendered.ok()) {
            text += QLatin1Char('\n')
                    + tr("%n object(s) ready to preview.", nullptr,
                         static_cast<int>(rendered.resources.size()));
        }
        for (const ManifestProblem &problem : rendered.problems) {
            if (!problem.isError())
                continue;
            text += QLatin1Char('\n')
                    + (problem.line > 0 ? tr("✖ Line %1: %2").arg(problem.line).arg(problem.message)
                                        : tr("✖ %1").arg(problem.message));
        }
    } else if (m_downloadChoice->isChecked()) {
        text = tr("Press Download to fetch the manifest, as the tutorial's curl command does.");
    } else if (m_fileChoice->isChecked()) {
        text = tr("Choose a manifest file.");
    }
    if (!m_notice.isEmpty())
        text += QLatin1Char('\n') + m_notice;
    m_status->setText(text);
    // Red for anything that blocks Next; the ✖ says the same without colour.
    blocked = blocked || m_lastError.has_value();
    m_status->setStyleSheet(blocked ? QStringLiteral("color: #b00020;") : QString());
}

void ManifestSourcePage::retranslateUi()
{
    setTitle(tr("kube-router manifest"));
    setSubTitle(tr("Choose where kube-router's install manifest comes from."));
    m_downloadChoice->setText(tr("&Download it (the tutorial's address)"));
    m_urlEdit->setAccessibleName(tr("Manifest address"));
    m_downloadButton->setText(tr("Download"));
    m_cancelButton->setText(tr("Cancel download"));
    m_fileChoice->setText(tr("Use a &local file"));
    m_pathEdit->setAccessibleName(tr("Manifest file"));
    m_pathEdit->setPlaceholderText(tr("Path to a kube-router manifest (.yaml)"));
    m_browseButton->setText(tr("&Browse…"));
    m_builtInChoice->setText(tr("Use the &built-in template (works offline)"));
    m_useBuiltIn->setText(tr("Use the built-in template"));
    m_pin->setText(tr("&Pin the image to:"));
    m_tagEdit->setAccessibleName(tr("Image tag"));
    m_pinNote->setText(tr("Upstream's manifest does not pin kube-router's image: each node pulls "
                          "the newest image whenever its pod starts. Pin a tag (for example "
                          "v2.11.1) so that every node runs the same version."));
    refreshPin();
    refreshStatus();
}

void ManifestSourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
