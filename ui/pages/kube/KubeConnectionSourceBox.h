// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeConfig.h"
#include "kube/KubeConfigError.h"
#include "kube/KubeConnection.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace podnet {

class KubeConnectionManualForm;

/// Where the Kubernetes connection comes from: the kubeconfig kubectl would read (KUBECONFIG's
/// files or ~/.kube/config), another kubeconfig file, or a server and token typed in; and for a
/// kubeconfig, which context (the current one preselected) with its server and user.
class KubeConnectionSourceBox : public QWidget
{
    Q_OBJECT
public:
    explicit KubeConnectionSourceBox(QWidget *parent = nullptr);

    /// Looks for kubeconfigs as if KUBECONFIG were \a kubeconfigVariable and HOME \a homeDir.
    void setEnvironment(const QString &kubeconfigVariable, const QString &homeDir);

    /// Chooses the kubeconfig file \a path and its context \a context (empty: the file's
    /// default), as picking them would; emits changed().
    void selectFile(const QString &path, const QString &context = {});
    /// Back to what was found at setEnvironment(), as on a first visit; emits changed().
    void restart();

    bool isManual() const;
    KubeConnectionManualForm *manualForm() const { return m_manual; }

    /// The chosen kubeconfig context resolved, or nothing (see problem()); nothing when manual.
    const std::optional<KubeConnection> &kubeconfigConnection() const { return m_connection; }
    /// Why the kubeconfig could not be read or its context not resolved.
    const KubeConfigError &problem() const { return m_problem; }
    QStringList files() const;
    QString contextName() const;
    /// Something can be tested: a resolved context, or a typed server URL.
    bool canTest() const;

Q_SIGNALS:
    /// The choice changed: source, file, context or a typed field.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum SourceChoice { FoundChoice, FileChoice, ManualChoice };

    void reloadConfig();
    void applyContext();
    void browse();
    QString contextInfo() const;
    void refresh();
    void retranslateUi();

    QString m_kubeconfigVariable;
    QStringList m_foundFiles;
    QString m_homeDir;
    std::optional<KubeConfig> m_config;
    std::optional<KubeConnection> m_connection;
    KubeConfigError m_problem;

    QButtonGroup *m_sources;
    QRadioButton *m_foundChoice;
    QRadioButton *m_fileChoice;
    QLineEdit *m_fileEdit;
    QPushButton *m_fileBrowse;
    QLabel *m_contextLabel;
    QComboBox *m_contextCombo;
    QLabel *m_contextInfo;
    QRadioButton *m_manualChoice;
    KubeConnectionManualForm *m_manual;
};

} // namespace podnet
