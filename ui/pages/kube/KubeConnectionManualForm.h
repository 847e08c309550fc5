// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace podnet {

class SecretStore;

/// The typed-in Kubernetes connection: https server URL, an optional CA file (Browse) and a
/// bearer token, hidden unless "Show" is ticked, with "Remember token in the keychain". A token
/// remembered for a server is filled in when that server is entered again; never in a file.
class KubeConnectionManualForm : public QWidget
{
    Q_OBJECT
public:
    explicit KubeConnectionManualForm(QWidget *parent = nullptr);

    QString server() const;
    QString caFile() const;
    QString token() const;
    bool rememberToken() const;

    /// After a successful test: keeps the token in the keychain for \a server when asked to,
    /// and says where it went (the keychain, or memory only when there is none).
    void rememberTokenFor(const QString &server);
    /// The keychain note as shown; empty when hidden.
    QString keychainNote() const;

Q_SIGNALS:
    /// The person changed a field (typing, a chosen CA file, the remember box).
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Note { None, Saved, Loaded, MemoryOnly, Failed };

    void browseCa();
    void loadRememberedToken();
    void refreshNote();
    void retranslateUi();

    SecretStore *m_secrets;
    Note m_note = Note::None;
    QString m_noteDetail;

    QLabel *m_serverLabel;
    QLineEdit *m_serverEdit;
    QLabel *m_caLabel;
    QLineEdit *m_caEdit;
    QPushButton *m_caBrowse;
    QLabel *m_tokenLabel;
    QLineEdit *m_tokenEdit;
    QCheckBox *m_showToken;
    QCheckBox *m_remember;
    QLabel *m_noteLabel;
};

} // namespace podnet
