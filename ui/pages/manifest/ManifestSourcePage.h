// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/TemplateLoader.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace podnet {

class FieldFeedback;
class SetupState;

/// Where kube-router's template comes from (download, local file, built-in) and whether to
/// pin its image. Next is enabled once a template is loaded and renders without errors.
class ManifestSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    ManifestSourcePage(SetupState *state, QNetworkAccessManager *network,
                       const TemplateCache &cache, QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum SourceChoice { DownloadChoice, FileChoice, BuiltInChoice };

    void buildUi();
    void onSourceChosen(int choice);
    void startDownload();
    void browse();
    void loadFile();
    void onLoaded(const ManifestTemplate &manifestTemplate);
    void onFailed(const TemplateLoadError &error);
    void refreshPin();
    void refreshStatus();
    void retranslateUi();

    SetupState *m_state;
    TemplateLoader m_loader;
    std::optional<TemplateLoadError> m_lastError;
    QString m_notice;

    QButtonGroup *m_sources;
    QRadioButton *m_downloadChoice;
    QRadioButton *m_fileChoice;
    QRadioButton *m_builtInChoice;
    QLineEdit *m_urlEdit;
    QPushButton *m_downloadButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QLabel *m_status;
    QPushButton *m_useSavedCopy;
    QPushButton *m_useBuiltIn;
    QCheckBox *m_pin;
    QLineEdit *m_tagEdit;
    FieldFeedback *m_tagFeedback;
    QLabel *m_pinNote;
};

} // namespace podnet
