#pragma once

#include "engine/core/Result.h"

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace veil {

struct InstanceInfo;

// What identifies a kind of device screen: images with the same signature
// put their burned-in text in the same places.
struct DeviceSignature
{
    QString manufacturer;
    QString model;
    int rows = 0;
    int columns = 0;
    QString sopClassUid;
    QString photometric;

    static DeviceSignature of(const InstanceInfo &info);
};

// A mask set saved for a device signature (as CTP's signature library):
// applied to every matching image on top of what OCR finds, and the words
// this device prints that may stay (on top of the safe list). Fields left
// out of a template's signature match anything.
struct DeviceTemplate
{
    QString name;
    DeviceSignature match;
    QList<QRect> masks;
    QStringList safeWords;

    bool matches(const DeviceSignature &s) const;
};

// JSON: {"templates": [{"name": ..., "match": {"manufacturer": ..., "model": ...,
//        "rows": ..., "columns": ..., "sopClass": ..., "photometric": ...},
//        "masks": [{"x": 0, "y": 0, "width": 1024, "height": 22}], "safeWords": ["DTCEM"]}]}
// (a template has masks, safe words or both)
class DeviceTemplates
{
public:
    static DeviceTemplates load(const QString &path, QStringList *errors);
    static DeviceTemplates fromJson(const QByteArray &json, QStringList *errors);
    QByteArray toJson() const;
    Status save(const QString &path) const; // atomic

    void add(const DeviceTemplate &t) { m_templates << t; }
    const QList<DeviceTemplate> &templates() const { return m_templates; }
    // Every template that matches (usually one).
    QList<const DeviceTemplate *> matching(const DeviceSignature &s) const;
    // The safe words of every template that matches.
    QStringList safeWordsFor(const DeviceSignature &s) const;

private:
    QList<DeviceTemplate> m_templates;
};

} // namespace veil
