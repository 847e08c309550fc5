// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OpenStackSources.h"
#include "openstack/CloudConfig.h"
#include "openstack/CredentialsImport.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace podnet {

/// Where the OpenStack credentials come from: clouds.yaml (with a cloud picker when it defines
/// several), an openrc file (read, never run), the environment's OS_* variables, or typed in.
/// Imports as soon as a source is chosen and lists any problems with file:line:column.
class CloudSourceChooser : public QWidget
{
    Q_OBJECT
public:
    enum Source { CloudsYamlSource, OpenRcSource, EnvironmentSource, TypeInSource };
    Q_ENUM(Source)

    explicit CloudSourceChooser(const OpenStackSources &sources, QWidget *parent = nullptr);

    Source source() const;
    /// Chooses the first source that has something: clouds.yaml, else the environment, else
    /// typing in; imports from it.
    void chooseDefault();
    /// Chooses typing in without a signal (the values came from elsewhere).
    void setTypeIn();
    /// The last import's result; nullopt before any import or after choosing to type in.
    const std::optional<CredentialsImport> &lastImport() const { return m_last; }

Q_SIGNALS:
    /// Credentials were read; \a result may carry warnings and lack the secret.
    void imported(const podnet::CredentialsImport &result);
    /// The user chose to type the credentials in.
    void typeInChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void choose(Source source);
    void importClouds(const QString &cloudName);
    void importOpenRc();
    void importEnvironment();
    void browse();
    void take(const CredentialsImport &result);
    void refresh();
    void retranslateUi();

    OpenStackSources m_sources;
    CloudConfig m_config;
    QString m_configFile;
    QString m_secureFile;
    bool m_hasEnvironment = false;
    std::optional<CredentialsImport> m_last;

    QButtonGroup *m_group;
    QRadioButton *m_cloudsChoice;
    QLabel *m_cloudsFile;
    QLabel *m_cloudLabel;
    QComboBox *m_cloudCombo;
    QRadioButton *m_openRcChoice;
    QLineEdit *m_openRcPath;
    QPushButton *m_browse;
    QRadioButton *m_environmentChoice;
    QLabel *m_environmentNote;
    QRadioButton *m_typeInChoice;
    QLabel *m_status;
    QListWidget *m_problems;
};

} // namespace podnet
