#pragma once

#include <QString>

namespace galley {

class Database;

/// Fills an empty newsroom with the demo newsroom embedded in the resources
/// (:/galley/demo/newsroom.json and the wire copy it names), so that a new user sees a living
/// newsroom: Chinese and English articles on several desks, in every workflow state, with
/// related articles (inside the newsroom and external).
///
/// The sample wire copy goes through the real Importer, the other articles through
/// ArticleRepository; each is created as a draft, gets a baseline revision and is moved to its
/// state through WorkflowRepository (so its timeline and named revisions are the application's
/// own), then its times are spread over the past days. The copy desk's memory comes along: the
/// spelling language chosen for an article ("language": the English desk's are en-GB) and the
/// newsroom's dictionary (the names and trade words Hunspell does not know), so that the desk's
/// checks and the export's copy-desk gate find no false misspellings. Everything is written in one
/// WriteTransaction: on failure nothing is written, false is returned and *error (when given)
/// holds one translated sentence.
/// Idempotent: a database that already holds articles (live or in the trash) is left alone
/// and true is returned. Call on the thread that owns \a database.
[[nodiscard]] bool createDemoNewsroom(Database &database, QString *error = nullptr);

/// Where the demo newsroom lives: QStandardPaths::AppDataLocation + "/newsroom.galley".
/// Creates the folder when it is missing, so that Database::open() can create the file.
[[nodiscard]] QString defaultNewsroomPath();

} // namespace galley
