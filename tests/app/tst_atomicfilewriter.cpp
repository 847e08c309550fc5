// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "util/AtomicFileWriter.h"

#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace podnet;

namespace {

const QByteArray manifest = QByteArrayLiteral("apiVersion: v1\r\nkind: ConfigMap\n\tx\0y\n");

// Everything in \a dir, hidden files (QSaveFile's temporary files) included.
QStringList entries(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                            | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writesNewFile();
    void writesEmptyFile();
    void replacesExistingFile();
    void keepsPermissionsAndSymlinks();
    void refusesEmptyPath();
    void refusesMissingFolder();
    void refusesFolderPath();
    void refusesPathUnderAFile();
    void refusesUnwritablePlace();
    void leavesOldFileOnFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestAtomicFileWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAtomicFileWriter::writesNewFile()
{
    const QString target = path(QStringLiteral("kube-router.yaml"));
    QCOMPARE(AtomicFileWriter::write(target, manifest), QString());
    QCOMPARE(test::readAll(target), manifest);
    QCOMPARE(QFileInfo(target).size(), qint64(manifest.size()));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("kube-router.yaml")});
}

void TestAtomicFileWriter::writesEmptyFile()
{
    const QString target = path(QStringLiteral("empty.yaml"));
    QCOMPARE(AtomicFileWriter::write(target, {}), QString());
    QVERIFY(QFileInfo(target).isFile());
    QCOMPARE(QFileInfo(target).size(), qint64(0));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("empty.yaml")});
}

void TestAtomicFileWriter::replacesExistingFile()
{
    const QString target = path(QStringLiteral("kube-router.yaml"));
    const QByteArray longer(4096, 'x');
    QVERIFY(writeFile(target, longer));
    QVERIFY(writeFile(path(QStringLiteral("neighbour.yaml")), "keep me"));

    QCOMPARE(AtomicFileWriter::write(target, manifest), QString());
    // Replaced, not overwritten in place: nothing of the longer old content is left.
    QCOMPARE(test::readAll(target), manifest);

    QCOMPARE(AtomicFileWriter::write(target, QByteArrayLiteral("second")), QString());
    QCOMPARE(test::readAll(target), QByteArrayLiteral("second"));
    QCOMPARE(test::readAll(path(QStringLiteral("neighbour.yaml"))), QByteArrayLiteral("keep me"));
    QCOMPARE(entries(m_dir->path()),
             QStringList({QStringLiteral("kube-router.yaml"), QStringLiteral("neighbour.yaml")}));
}

void TestAtomicFileWriter::keepsPermissionsAndSymlinks()
{
    const QString real = path(QStringLiteral("real.yaml"));
    const QString link = path(QStringLiteral("link.yaml"));
    QVERIFY(writeFile(real, "old"));
    const QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(real, permissions));
    QVERIFY(QFile::link(real, link));

    QCOMPARE(AtomicFileWriter::write(link, manifest), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(test::readAll(real), manifest);
    QCOMPARE(QFileInfo(real).permissions(), permissions);
    QCOMPARE(entries(m_dir->path()),
             QStringList({QStringLiteral("link.yaml"), QStringLiteral("real.yaml")}));
}

void TestAtomicFileWriter::refusesEmptyPath()
{
    const QString error = AtomicFileWriter::write(QString(), manifest);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("No file name")), qPrintable(error));
}

void TestAtomicFileWriter::refusesMissingFolder()
{
    const QString folder = path(QStringLiteral("missing"));
    const QString target = folder + QStringLiteral("/deeper/kube-router.yaml");
    const QString error = AtomicFileWriter::write(target, manifest);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY2(error.contains(folder + QStringLiteral("/deeper")), qPrintable(error));
    // Nothing was created on the way.
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAtomicFileWriter::refusesFolderPath()
{
    const QString folder = path(QStringLiteral("manifests"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(writeFile(folder + QStringLiteral("/inside.yaml"), "inside"));

    for (const QString &target : QStringList {folder, folder + QLatin1Char('/')}) {
        const QString error = AtomicFileWriter::write(target, manifest);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
    }
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(entries(folder), QStringList {QStringLiteral("inside.yaml")});
    QCOMPARE(test::readAll(folder + QStringLiteral("/inside.yaml")), QByteArrayLiteral("inside"));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("manifests")});
}

void TestAtomicFileWriter::refusesPathUnderAFile()
{
    // A regular file where a folder should be: nobody, root included, can write below it.
    const QString file = path(QStringLiteral("not-a-folder.yaml"));
    QVERIFY(writeFile(file, "old"));
    const QString error
            = AtomicFileWriter::write(file + QStringLiteral("/kube-router.yaml"), manifest);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(test::readAll(file), QByteArrayLiteral("old"));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("not-a-folder.yaml")});
}

void TestAtomicFileWriter::refusesUnwritablePlace()
{
    // Tests run as root, for whom a read-only folder is writable. /proc is a folder where no
    // one can create files.
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        QSKIP("/proc is not mounted here; there is no folder that refuses new files");
    const QString target = QStringLiteral("/proc/podnet-wizard-test.yaml");
    const QString error = AtomicFileWriter::write(target, manifest);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Cannot write %1").arg(target)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
}

void TestAtomicFileWriter::leavesOldFileOnFailure()
{
    if (!QFileInfo(QStringLiteral("/proc/version")).isFile())
        QSKIP("/proc is not mounted here; there is no existing file that cannot be replaced");
    const QString target = QStringLiteral("/proc/version");
    const QByteArray before = test::readAll(target);
    QVERIFY(!before.isEmpty());
    const QString error = AtomicFileWriter::write(target, manifest);
    QVERIFY(!error.isEmpty());
    QCOMPARE(test::readAll(target), before);
}

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_atomicfilewriter.moc"
