#pragma once

// Issue 14's generated set: headers whose free text names the patient as
// people write names (other cases, without accents, by parts, in other
// scripts), names that appear nowhere else, dates and times in written
// forms, phone numbers, e-mail and street addresses, each file in a declared
// character set. Drawn from a seed at test time; no file is stored.

#include "engine/dicom/DicomCharset.h"

#include <QDate>
#include <QDir>
#include <QRandomGenerator>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace freetext {

struct Person
{
    QString family, given;       // as the header writes them ("García de la Cruz", "José Luis")
    QString familyAlt, givenAlt; // another script of the same name (Japanese: kanji), or empty
};

struct Script
{
    const char *charset; // (0008,0005)
    QList<Person> people;
    QStringList strangers; // names that appear only in free text
};

inline QList<Script> scripts()
{
    auto p = [](const char *f, const char *g, const char *fa = "", const char *ga = "") {
        return Person{QString::fromUtf8(f), QString::fromUtf8(g), QString::fromUtf8(fa), QString::fromUtf8(ga)};
    };
    auto words = [](const char *list) { return QString::fromUtf8(list).split(QLatin1Char(' ')); };
    return {
        {"",
         {p("HOLLOWAY", "MARTA"), p("Fitzgerald-Hughes", "Brendan Patrick"), p("MacAllister", "Fiona"),
          p("Okonkwo", "Chidi Emeka"), p("Abernathy", "Winston")},
         words("Holloway Thornbury Kowalski Ashdown Pemberton")},
        {"ISO_IR 100",
         {p("Müller-Lüdenscheidt", "Jürgen"), p("O'Neill-Smythe", "Siobhán"), p("García de la Cruz", "José Luis"),
          p("van der Berg", "Pieter Jan"), p("Lefèvre", "Hélène Marie"), p("D'Angelo", "Giuseppe"),
          p("Nørgaard", "Søren"), p("Ibáñez", "Íñigo"), p("von Weizsäcker", "Björn"), p("Ferreira da Silva", "João")},
         words("Brennan Lindqvist Ferrante Sørensen Okafor Dumézil")},
        {"ISO_IR 101",
         {p("Dvořák", "Antonín"), p("Wróblewska", "Małgorzata"), p("Kovács", "Péter"),
          p("Nowak-Jeziorańska", "Zofia Anna"), p("Šťastný", "Jiří")},
         words("Kaczmarek Horváth Procházka Błaszczyk")},
        {"ISO_IR 144",
         {p("Иванов", "Пётр"), p("Смирнова-Кузнецова", "Анна Сергеевна"), p("Соколов", "Дмитрий"),
          p("Волкова", "Ольга")},
         words("Кузнецов Лебедева Новиков")},
        {"ISO_IR 126",
         {p("Παπαδόπουλος", "Γιώργος"), p("Οικονόμου", "Ελένη"), p("Γεωργίου-Νικολάου", "Δημήτρης")},
         words("Νικολάου Καραγιάννης Βασιλείου")},
        {"ISO_IR 192",
         {p("Nguyễn", "Thị Minh"), p("Yılmaz", "Şükrü"), p("Øvergård-Łukasik", "Ægir"), p("Παπαδάκη", "Μαρία"),
          p("Кузьмина", "Светлана"), p("Nakagawa-Brennan", "Aiko")},
         words("Đặng Kowalczyk Çelik Østergaard Жуков")},
        {"\\ISO 2022 IR 87",
         {p("Yamada", "Tarou", "山田", "太郎"), p("Tanaka", "Hanako", "田中", "花子"),
          p("Suzuki", "Kenji", "鈴木", "健二"), p("Watanabe", "Yuki", "渡辺", "由紀")},
         words("佐藤 高橋 Sato Takahashi")},
    };
}

// Clinical phrases as clinics write them (not chosen to fit the vocabulary).
inline QStringList phrases()
{
    return QString::fromUtf8(
               "CT ABDOMEN W/WO CONTRAST|MRI BRAIN T1 FLAIR AXIAL|CHEST PA AND LATERAL|F/U LEFT KNEE|"
               "US abdomen complete|CT thorax mit KM|MRT Kopf nativ|Thorax p.a. und seitlich|"
               "IRM cerebrale avec injection|Scanner thoracique|TAC de torax con contraste|"
               "RM encefalo con mezzo di contrasto|Mammography bilateral screening|CT angiography head and neck|"
               "XR right wrist 3 views|Knee MRI without contrast|DWI ADC b1000|Sag T2 FSE|"
               "CT head without contrast|Lumbar spine AP and lateral|Pelvis AP|Cervical spine 5 views|"
               "Renal ultrasound|Echo TTE complete|PET CT whole body|Shoulder right MR arthrogram|"
               "HWS in 2 Ebenen|Schaedel CT nativ|Abdomen Sonographie|Knie links MRT|"
               "Radio du thorax de face|Echographie abdominale|Rx torax PA y lateral|Ecografia abdominal|"
               "Radiografia del torace|TC addome con contrasto|post op control|follow up 3 months|"
               "rule out fracture|suspected pneumonia|chest pain, dyspnea|staging CT chest abdomen pelvis")
        .split(QLatin1Char('|'));
}

// A date written as people write it, in one of five languages.
inline QString writtenDate(const QDate &d, int form)
{
    static const char *const en[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
    static const char *const de[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                                     "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    static const char *const fr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                     "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    static const char *const es[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                     "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
    static const char *const it[] = {"gennaio", "febbraio", "marzo",     "aprile",  "maggio",   "giugno",
                                     "luglio",  "agosto",   "settembre", "ottobre", "novembre", "dicembre"};
    const int m = d.month() - 1;
    const QString day = QString::number(d.day()), year = QString::number(d.year());
    const QString dd = QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
    const QString mm = QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0'));
    switch (form % 16) {
    case 0:
        return dd + QLatin1Char('-') + QString::fromUtf8(en[m]).left(3).toUpper() + QLatin1Char('-') + year;
    case 1:
        return QString::fromUtf8(en[m]).left(3) + QLatin1Char(' ') + day + QStringLiteral(", ") + year;
    case 2:
        return day + QLatin1Char(' ') + QString::fromUtf8(en[m]) + QLatin1Char(' ') + year;
    case 3:
        return QStringLiteral("Friday, ") + QString::fromUtf8(en[m]) + QLatin1Char(' ') + day + QStringLiteral("th, ") +
               year;
    case 4:
        return day + QStringLiteral(". ") + QString::fromUtf8(de[m]) + QLatin1Char(' ') + year;
    case 5:
        return QStringLiteral("Montag, ") + dd + QLatin1Char('.') + mm + QLatin1Char('.') + year;
    case 6:
        return QStringLiteral("le ") + day + QLatin1Char(' ') + QString::fromUtf8(fr[m]) + QLatin1Char(' ') + year;
    case 7:
        return day + QStringLiteral(" de ") + QString::fromUtf8(es[m]) + QStringLiteral(" de ") + year;
    case 8:
        return day + QLatin1Char(' ') + QString::fromUtf8(it[m]) + QLatin1Char(' ') + year;
    case 9:
        return dd + QLatin1Char('/') + mm + QLatin1Char('/') + year;
    case 10:
        return mm + QLatin1Char('/') + dd + QLatin1Char('/') + year;
    case 11:
        return d.toString(QStringLiteral("yyyy-MM-dd"));
    case 12:
        return d.toString(QStringLiteral("yyyyMMdd"));
    case 13:
        return day + QLatin1Char('.') + QString::number(d.month()) + QLatin1Char('.') + year.right(2);
    case 14:
        return QString::fromUtf8(de[m]).left(3) + QStringLiteral(". ") + day + QStringLiteral(", ") + year;
    default:
        return QString::fromUtf8(fr[m]) + QLatin1Char(' ') + year;
    }
}

struct Planted
{
    QString path;
    QString charset;
    QString patientId;
    QStringList identifying; // must not be in any output byte
    QStringList vocabulary;  // the descriptions' clinical words, which should stay
    QList<QDate> dates;      // written in the free text
};

} // namespace freetext
