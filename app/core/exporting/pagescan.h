#pragma once

// Internal to the validate stage (see pagevalidator.h): the executable-content and reference
// rules, shared by the two readings of a page — gumbo's full HTML5 parse and the strict single
// pass that decides the common case without it.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace galley::PageScan {

struct Attribute {
    QString name;  ///< lower case
    QString value; ///< character references decoded
};

/// One element as a browser sees it.
struct Element {
    QString name; ///< lower case
    QList<Attribute> attributes;
    QString content; ///< raw text of <script> and <style>, else empty
    int line = 0;
};

struct Result {
    QStringList executable;
    QStringList references;
    QSet<QString> seenReferences;
};

/// Applies the executable-content rules to \a element and collects its local references.
void checkElement(const Element &element, Result &result);

/// The strict reading. True when \a html lies inside a strict subset of HTML5 — doctype first,
/// every element known and explicitly closed, nested as the HTML5 tree builder and HTML Tidy
/// both keep it (no implied end tags, no element in a place that reparents it), attributes
/// double-quoted and not repeated, only the character references Mustache and the canonical
/// serializer write, no comments, raw text only in a JSON-LD script and the title — and then
/// \a result holds exactly what checkElement() finds on gumbo's parse of the same page, and
/// Tidy reports no structural problem for it. False means "not decided here": the caller
/// parses the page fully. Linear in the size of the page.
[[nodiscard]] bool strictScan(QStringView html, Result &result);

} // namespace galley::PageScan
