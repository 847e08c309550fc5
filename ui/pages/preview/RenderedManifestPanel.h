// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/RenderedManifest.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace podnet {

class SetupState;
class YamlHighlighter;

/// The rendered manifest, read-only and highlighted, with the objects it holds, what was found
/// about it, and "Save as…". Later checks against the live cluster add their findings to the
/// same list.
class RenderedManifestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RenderedManifestPanel(SetupState *state, QWidget *parent = nullptr);

    /// Reads (again) and shows the result.
    void refresh();
    /// There is a result to go on with.
    bool isReady() const;

Q_SIGNALS:
    /// isReady() may have changed.
    void readyChanged();

public:
    /// Writes the rendered manifest to \a path atomically; shows the outcome on the page.
    bool saveTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showFindings();
    void chooseFileAndSave();
    void copyToClipboard();
    void retranslateUi();

    SetupState *m_state;
    RenderedManifest m_rendered;
    QString m_savedTo;
    QString m_saveError;
    bool m_copied = false;

    QLabel *m_summary;
    QPlainTextEdit *m_view;
    YamlHighlighter *m_highlighter;
    QLabel *m_objectsLabel;
    QTreeWidget *m_objects;
    QLabel *m_findingsLabel;
    QListWidget *m_findings;
    QPushButton *m_save;
    QPushButton *m_copy;
    QLabel *m_saveStatus;
    QLabel *m_tutorial;
};

} // namespace podnet
