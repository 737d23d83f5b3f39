<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>galley::AnnotationModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in the text (orphaned comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::AnnotationPanel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment on the selected text, or a reply to the selected thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the text selected in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your own comment or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment on Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review thread on the text selected in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment, then press Comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open · %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text as annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage to comment on in the editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not commented: the article could not be saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned — “%1” is no longer in the text
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::AnnotationRepository</name>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no thread %1 on article %2 to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment must be anchored on some text of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no thread with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ArticleFieldsForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (稿件来源)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor (编辑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide subtitle, credits, desk, tags and publish time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;esk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ArticleListDock</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text (中文 or English)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new draft article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected article as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected articles to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected articles out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the articles in the trash instead of the newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the trash</source>
        <translation>
            <numerusform>%n article in the trash</numerusform>
            <numerusform>%n articles in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>All desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n article to the trash.</numerusform>
            <numerusform>Moved %n articles to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s) from the trash.</source>
        <translation>
            <numerusform>Restored %n article from the trash.</numerusform>
            <numerusform>Restored %n articles from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln article(s)</source>
        <comment>an estimate, refined as the list scrolls</comment>
        <translation>
            <numerusform>About %Ln article</numerusform>
            <numerusform>About %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln article(s)</source>
        <translation>
            <numerusform>More than %Ln article</numerusform>
            <numerusform>More than %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ArticlePipeline</name>
    <message>
        <source>Article %1 (%2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n error: %1</numerusform>
            <numerusform>%n errors: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or error(s): %1</source>
        <translation>
            <numerusform>%n warning or error: %1</numerusform>
            <numerusform>%n warnings or errors: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy-desk finding(s): %1</source>
        <translation>
            <numerusform>%n copy-desk finding: %1</numerusform>
            <numerusform>%n copy-desk findings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleRenderer</name>
    <message>
        <source>The image asset:%1 is not in the newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ArticleRepository</name>
    <message>
        <source>This article already exists (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was changed elsewhere (version %1, this copy is version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was changed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ArticleWriter</name>
    <message>
        <source>Article %1: the image asset:%2 is not in the newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 (%2): PDF: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::AssetRepository</name>
    <message>
        <source>An asset needs content and a media type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the asset: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::BulkLoader</name>
    <message>
        <source>A bulk load is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk load cannot run inside another transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom has no full-text triggers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulk load is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article already exists (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no thread %1 on article %2 to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment must be anchored on some text of the article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ChineseConverter</name>
    <message>
        <source>Cannot load the OpenCC profile %1 (is the opencc package installed?): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Cli</name>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports wire copy (.txt, .html, .md) into a newsroom; prints one JSON object per created article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to import was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the only format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one article id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no article with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists articles matching the filters, most recently updated first (search: best match first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles in this state (draft, in_review, changes_requested, approved, published, archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text query (Chinese or English, any length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles of this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this byline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON lines (the only format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of rows, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers a newsroom. &quot;galley admin init --db LOCATION&quot; creates the Galley schema of an empty database on a team server (postgresql://…), or upgrades an older one, with the group roles galley_editor, galley_reviewer and galley_chief; on a file it creates or upgrades the newsroom file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom file or team server (postgresql://[user@][host][:port]/dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin needs one action: init (see galley admin --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db LOCATION is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: created the Galley schema, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: migrated the Galley schema from version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the Galley schema is already at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as “%1”, role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a whole newsroom (articles, related items, revisions, annotations, workflow events, assets) between newsroom files and team servers, in one transaction on the destination, and checks the copy against the source before committing it. The destination must be empty unless --merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: a newsroom file or a postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: a newsroom file (created when missing) or a team server set up with galley admin init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy into a destination that has articles: skip those whose uuid it already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy needs --from LOCATION and --to LOCATION (see galley copy --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to name the same newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied %1 of %2 articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied; add --merge to copy only the articles it does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n article(s) from “%1” to “%2” in %3 s (%4 articles/s), %5.</source>
        <translation>
            <numerusform>Copied %n article from “%1” to “%2” in %3 s (%4 articles/s), %5.</numerusform>
            <numerusform>Copied %n articles from “%1” to “%2” in %3 s (%4 articles/s), %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>ids kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n article(s) whose uuid the destination already had</source>
        <translation>
            <numerusform>Skipped %n article whose uuid the destination already had</numerusform>
            <numerusform>Skipped %n articles whose uuid the destination already had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n slug(s) were taken and got a suffix.</source>
        <translation>
            <numerusform>; %n slug was taken and got a suffix.</numerusform>
            <numerusform>; %n slugs were taken and got a suffix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checksum (SHA-256), source = destination: %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every article is written; the server is building the search indexes (most of a large copy&apos;s time)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the copy back to compare its counts and checksum with the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts, source = destination: articles %1, revisions %2, annotations %3, workflow events %4, assets %5, related items %6, suggestions %7, ignored copy-desk findings %8, article languages %9, dictionary words %10, settings %11.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Commands</name>
    <message>
        <source>Import wire copy (.txt, .html, .md) as new articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List articles by state, desk, byline or a full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export articles as HTML pages, a site, NINJS, plain text or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on a passage of an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a comment thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a resolved comment thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an article with an updated version, keeping its comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an article through the workflow (submit, approve, publish…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an article&apos;s revisions or its workflow events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between two revisions of an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each change made in a newsroom as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade a newsroom file or a team server&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole newsroom between files and team servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. &quot;galley --help&quot; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galley, a newsroom editor. Without a command it opens a newsroom in a window; with one it works on a newsroom from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this newsroom: a file (created when missing) or a team server, postgresql://[user@]host[:port]/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the completion script for a shell (bash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the manual page (roff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;galley COMMAND --help&quot; describes a command and its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;galley --help&quot; lists the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a completion for bash only, not for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check articles against the house style; fix what is safe, or leave comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one article as JSON, with its comments and suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a change to a passage (replace, delete, insert) for an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an article&apos;s suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestions: make their changes to the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command (listed below), or a newsroom file to open in the window; none: the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command | newsroom]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom is named twice, with --db &quot;%1&quot; and as &quot;%2&quot;: name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window opens one newsroom, not %1: start galley once for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a comment thread or a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ConflictDialog</name>
    <message>
        <source>“%1” was changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved version %1 of this article at %2 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved version %2 of this article at %3 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes to different paragraphs are merged. %n place(s) were changed on both sides: choose what to keep in each. Their text stays in the article&apos;s history either way.</source>
        <translation>
            <numerusform>Changes to different paragraphs are merged. %n place was changed on both sides: choose what to keep there. Their text stays in the article&apos;s history either way.</numerusform>
            <numerusform>Changes to different paragraphs are merged. %n places were changed on both sides: choose what to keep in each. Their text stays in the article&apos;s history either way.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Merged Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the merged text with your choices on top of their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops your unsaved changes and loads their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs:</source>
        <extracomment>%1 is the name of the person who saved the other version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before both edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (mine first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::CopyDeskChecker</name>
    <message>
        <source>No Spelling Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;x All of This Kind in the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy desk: %n fixed (%1).</source>
        <translation>
            <numerusform>Copy desk: %n fixed (%1).</numerusform>
            <numerusform>Copy desk: %n fixed (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Newsroom Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::CopyDeskMemory</name>
    <message>
        <source>The copy desk could not store it in the newsroom: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article’s language was not changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom’s house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy desk: %1 The standards’ rules apply meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::CopyDeskPanel</name>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy desk findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings grouped by kind; press Enter to go to one in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;x All of This Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies every safe fix of the selected kind in the article; Undo takes them back at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for the copy desk in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n finding: </numerusform>
            <numerusform>%n findings: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Desk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy desk: %n fixed (%1).</source>
        <translation>
            <numerusform>Copy desk: %n fixed (%1).</numerusform>
            <numerusform>Copy desk: %n fixed (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article’s language, which chooses the spelling dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the text (Chinese: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the text (English, US)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::CopyDeskRepository</name>
    <message>
        <source>Could not remember the ignored finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a word for the dictionary (one word, without spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “%1” to the dictionary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove “%1” from the dictionary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the article’s language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the house style: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Database</name>
    <message>
        <source>this SQLite library has no full-text search (FTS5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Galley newsroom: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a database of another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Galley (schema %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tables are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only and needs an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to schema version %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be switched to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to schema version %2, which a read-only open cannot do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier statement of the transaction failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom is open read-only (Galley cannot write to its file or folder); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved in “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not read or write the file (an I/O error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be made a newsroom: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::DemoNewsroom</name>
    <message>
        <source>The demo newsroom has an entry without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; has an unknown status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo wire copy &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; could not be moved to &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom needs an open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom has two articles with the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; refers to an article that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; has a spelling language &quot;%2&quot; that Galley does not spell-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom&apos;s dictionary holds something that is not a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom&apos;s dictionary could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::DeskOverviewWindow</name>
    <message>
        <source>Desk Overview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles by state per desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created, approved and published per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time in review per desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked bars: one bar per desk, one segment per state. Click a segment to list those articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lines: articles created, approved and published on each of the last %n days.</source>
        <translation>
            <numerusform>Lines: articles created, approved and published on each of the last %n days.</numerusform>
            <numerusform>Lines: articles created, approved and published on each of the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bars: hours from the move to review until the approval, median per desk, last %n days. Click a bar to list the desk&apos;s articles in review.</source>
        <translation>
            <numerusform>Bars: hours from the move to review until the approval, median per desk, last %n days. Click a bar to list the desk&apos;s articles in review.</numerusform>
            <numerusform>Bars: hours from the move to review until the approval, median per desk, last %n days. Click a bar to list the desk&apos;s articles in review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bars: open comment threads on live articles, by the reviewer who started them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the overview again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk overview of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, read at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n approved)</source>
        <translation>
            <numerusform>%1 (%n approved)</numerusform>
            <numerusform>%1 (%n approved)</numerusform>
        </translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median time in review per desk: no approvals in the last %n days</source>
        <translation>
            <numerusform>Median time in review per desk: no approvals in the last %n days</numerusform>
            <numerusform>Median time in review per desk: no approvals in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments per reviewer: none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open comments per reviewer (the %1 with most; %n more)</source>
        <translation>
            <numerusform>Open comments per reviewer (the %1 with most; %n more)</numerusform>
            <numerusform>Open comments per reviewer (the %1 with most; %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved as %1: the file cannot be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::DocumentController</name>
    <message>
        <source>Loaded the version of “%1” saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed elsewhere. Your text is kept in the recovery journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted elsewhere; your text was saved as a new article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”: %2 Your text is kept in the recovery journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved changes to “%1” from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with version %1 saved elsewhere: its changes to other paragraphs are in your text now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with %1&apos;s version %2: their changes to other paragraphs are in your text now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your choices merged with version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your choices merged with %1&apos;s version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text could not be kept in the history: %1 It is kept in the recovery journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::EditorActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste; formatting outside the article style is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a link to the selection, or edit the link at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nest the list item deeper, or quote the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert I&amp;mage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article now (it is also saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing, deleting and pasting in the text make suggestions for an editor to accept; the article itself is not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::EditorArea</name>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s HTML; edits are cleaned and applied when you leave this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article from the list to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes from %2 that were never saved — Galley may have stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was saved elsewhere since. Recovering puts your text back in the editor; Undo returns to the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering puts your text back in the editor; Undo returns to the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted. Removed what articles cannot hold: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied. Removed what articles cannot hold: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (http, https) or e-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web or e-mail address. Links start with http://, https:// or mailto:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Galley can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be saved, so suggest mode stays off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ExportCli</name>
    <message>
        <source>Try &apos;galley export --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports articles as HTML pages, a site bundle, IPTC ninjs, plain text or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article to export (repeat, or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the articles in this state (draft, in_review, approved, published, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every article that is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html, site, ninjs, text or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template folder instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese: s2t, s2tw or s2hk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width punctuation after Chinese text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default 1; 0 = one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite files in the output folder that Galley did not write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absolute URL the output will be published under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an article id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exactly one of --id, --status and --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format: %1 (html, site, ninjs, text or pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown OpenCC profile: %1 (s2t, s2tw or s2hk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs takes a number from 0 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s) as %1 to %2</source>
        <translation>
            <numerusform>Exporting %n article as %1 to %2</numerusform>
            <numerusform>Exporting %n articles as %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 articles could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse articles with copy-desk findings of this severity or above (error, warning or info); the others are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity for --lint: %1 (error, warning or info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held back by the copy desk (--lint %1): %2.</source>
        <translation>
            <numerusform>%n held back by the copy desk (--lint %1): %2.</numerusform>
            <numerusform>%n held back by the copy desk (--lint %1): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportDialog</name>
    <message>
        <source>Export Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles selected in the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles by &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site bundle (index, pages, style sheet, images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NINJS JSON (IPTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (wire copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to &amp;Traditional Chinese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional (OpenCC s2t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan (OpenCC s2tw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong (OpenCC s2hk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix Chinese &amp;punctuation (full-width marks, quotes, ellipses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with article.mustache, index.mustache and style.css; empty for the built-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the files to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;write files in the folder that Galley did not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a file of someone else&apos;s in the way stops the export before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the article being written; files already written stay complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galley Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current article: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Articles selected in the &amp;list (%n)</source>
        <translation>
            <numerusform>Articles selected in the &amp;list (%n)</numerusform>
            <numerusform>Articles selected in the &amp;list (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) will be exported.</source>
        <translation>
            <numerusform>%n article will be exported.</numerusform>
            <numerusform>%n articles will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article is open in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles are selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is open in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles are selected in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the article being written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n article(s) written to %1 before stopping; no file was left half-written.</source>
        <translation>
            <numerusform>Export cancelled: %n article written to %1 before stopping; no file was left half-written.</numerusform>
            <numerusform>Export cancelled: %n articles written to %1 before stopping; no file was left half-written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1.</source>
        <translation>
            <numerusform>Exported %n article to %1.</numerusform>
            <numerusform>Exported %n articles to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be exported.</source>
        <translation>
            <numerusform>%n article could not be exported.</numerusform>
            <numerusform>%n articles could not be exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold back articles with copy-&amp;desk errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article with a copy-desk finding of error severity (half-width punctuation, unpaired quotation marks, a misspelt word…) that nobody ignored is not exported and is named in the report; the others are</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held back by the copy desk for errors: %1.</source>
        <translation>
            <numerusform>%n held back by the copy desk for errors: %1.</numerusform>
            <numerusform>%n held back by the copy desk for errors: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportSelector</name>
    <message>
        <source>Nothing to export: choose articles by id, by status or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose articles either by id, by status or all of them, not several at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is in the trash; restore it to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ExportTemplate</name>
    <message>
        <source>Template error in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template error in %1, line %2, at %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template cannot include itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partial %1 in the template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in export template is missing (Galley was built without its resources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside the template folder; Galley reads templates and their files from the folder itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 produced an empty page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ExportWriter</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Galley does not write through links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Galley export manifest; refusing to write into that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since Galley wrote it; it is not overwritten unless you allow it (Export dialog option, or --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written by Galley; it is not overwritten unless you allow it (Export dialog option, or --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write %1: not a safe file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write %1: its folder is a link or lies outside the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename the temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another export is writing into %1 (process %2 on %3); try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the output folder %1 for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds files Galley did not write (%2); export into an empty folder, or allow overwriting (Export dialog option, or --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Exporter</name>
    <message>
        <source>Article %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index page was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no newsroom file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs Galley&apos;s graphical libraries (QtWebEngine); no PDF printer is available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the copy desk’s house style and ignored findings cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its house style)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation>
            <numerusform>Replaced %n</numerusform>
            <numerusform>Replaced %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::FocusCycle</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane: list, fields, text, review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::HistoryPanel</name>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a revision to see what it changed, or two to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected revision with the text in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected revision the current text (the current text stays in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters inserted, %2 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 → revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 → the text in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 by %3 becomes the current text. The text now in the editor is kept in the history%4. These are the changes it makes (struck out: text that goes; green: text that comes back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, your unsaved edits included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: the current text could not be saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 restored as revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: the article was changed elsewhere since it was opened. Nothing was replaced; open it again to see the newer text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n characters unchanged …</source>
        <translation>
            <numerusform>… %n character unchanged …</numerusform>
            <numerusform>… %n characters unchanged …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged lines …</source>
        <translation>
            <numerusform>… %n unchanged line …</numerusform>
            <numerusform>… %n unchanged lines …</numerusform>
        </translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the previous revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the revision changed in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML of the two revisions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML of the two revisions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article’s workflow: who moved it, when, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::HouseStyle</name>
    <message>
        <source>not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the house style must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (the house style has &quot;rules&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of rule ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;enabled&quot; and &quot;severity&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;error&quot;, &quot;warning&quot; or &quot;info&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (&quot;enabled&quot; or &quot;severity&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::HouseStylePage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No newsroom is open: the standards’ rules apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom’s house style cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom’s house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving here replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom is open read-only: its house style is shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team newsroom’s house style is set by a chief (galley_chief); it is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy desk’s rules for this newsroom, shared by everyone who opens it. A rule that is off is not checked; the severity sets the underline’s colour and whether an export with “refuse errors” stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a house-style file (JSON) into this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes this house style to a file (JSON) for another newsroom or galley lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import House Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house style was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export House Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house-style.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house style was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::HtmlLimits</name>
    <message>
        <source>its HTML has %1 tags, more than the %2 Galley reads in one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its HTML tags has %1 attributes, more than the %2 Galley reads on one element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Importer</name>
    <message>
        <source>the text encoding %1 is not supported (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (damaged or truncated text on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a %1 byte-order mark but is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not valid in any supported encoding (UTF-8, UTF-16, GB18030/GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only .txt, .html, .htm, .md and .markdown files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be stored in “%2”: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Lint</name>
    <message>
        <source>Galley copy desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width punctuation in Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph without sentence-final punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired or mis-nested quotation marks and brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipsis written with dots or full stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash written with hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space before or after full-width punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width digits or Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range with its unit only at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year written with two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width “%1”: digits and Latin letters are written half-width (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range “%1” gives its unit only at the end: write “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: write the year with all four digits (1998年, not 98年).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width “%1” in Chinese text: use the full-width “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph ends without sentence-final punctuation (such as “。”, “！”, “？” or “”” after a quotation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not closed before “%2” closes the mark around it: the marks are mis-nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” closes nothing: there is no “%2” before it in this paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is never closed: there is no “%2” after it in this paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated punctuation “%1”: one “%2” is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated punctuation “%1”: news copy uses one mark (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in Chinese text: the ellipsis is “……”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in Chinese text: the dash is “——”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space next to the full-width “%1”: full-width punctuation takes no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space between Chinese and Latin letters or digits (house option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style: a space between Chinese and Latin letters or digits (“%1 %2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the %2 dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin word not in the spelling dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::LintCli</name>
    <message>
        <source>Fix: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1, %2–%3: %4 %5: “%6” %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fix: “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy desk: %n safe fix(es)</source>
        <translation>
            <numerusform>Copy desk: %n safe fix</numerusform>
            <numerusform>Copy desk: %n safe fixes</numerusform>
        </translation>
    </message>
    <message>
        <source>article %1: the fixes were not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>galley: article %1: %n fix(es) saved as revision %2 by %3.</source>
        <translation>
            <numerusform>galley: article %1: %n fix saved as revision %2 by %3.</numerusform>
            <numerusform>galley: article %1: %n fixes saved as revision %2 by %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text as checked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1: the comment was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>galley: article %1: %n comment(s) added, %2 already there.</source>
        <translation>
            <numerusform>galley: article %1: %n comment added, %2 already there.</numerusform>
            <numerusform>galley: article %1: %n comments added, %2 already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsroom database file or team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article id (repeat the option, or separate ids by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article in this state (draft, in_review, changes_requested, approved, published, archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply every safe fix of an article as one revision by the copy desk, then report what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave each finding as a comment by the copy desk (none twice: a re-run adds only new ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which articles: one of --id, --status or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id needs a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no article with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style (JSON) to check against; default: the newsroom&apos;s (Preferences &gt; House Style), else the standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the house style cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its house style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(suggestions: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1: the copy desk’s memory cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks articles against the house style (Chinese punctuation, GB/T 15834; numbers, GB/T 15835) and the spelling of their Latin words (Hunspell, in the language chosen for the article, else its text&apos;s; the newsroom&apos;s dictionary too; Chinese is not spell-checked), leaving out the findings an editor ignored, and prints each finding: with --json as JSON lines {article_id, rule, severity, start, end, text, message, fix}, offsets in code points of the body text, fix null where a person must decide; a spelling finding also has suggestions, and --fix never changes a spelling.
Exit status: 0 when no finding of error severity is left, 1 when some are (or on a failure), 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the newsroom’s dictionary cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::LiveUpdates</name>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved this article to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a newer version; it is shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what differs between the saved version and your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved version; your unsaved text is kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a newer version. Your next save merges it with your changes where they do not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text kept when reloading version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text could not be kept in the history, so the newer version was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the Saved Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck out: only in the version saved by the other person. Marked: only in your text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the saved version and your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server unreachable — your edits are kept on this computer and saved when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::LockController</name>
    <message>
        <source>Others will not see that you have this article open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others will not see that you are editing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be taken over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept when %1 took over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over the article; your unsaved text was kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps editing the article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::LockNotice</name>
    <message>
        <source>Editing lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others with this article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k to Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;nd Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over this article at %2. Your unsaved text was kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over this article at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to edit this article. Hand it over and your unsaved text is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are editing this article in another Galley window since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing typed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is read-only here; comments still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 to hand the article over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is editing this article now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others who have this article open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::LockRepository</name>
    <message>
        <source>The lock changed hands while it was being taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Main</name>
    <message>
        <source>Galley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export as root needs QTWEBENGINE_DISABLE_SANDBOX=1 in the environment (WebEngine&apos;s sandbox does not run as root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1: saving and closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window was not closed; Galley goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message>
        <source>%1 — Galley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import wire copy (.txt, .html, .md) as new articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another newsroom database in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters · %2 CJK · %3 words · %4 paragraphs · %5 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Wire Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire copy (*.txt *.html *.htm *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped by cancelling.</source>
        <translation>
            <numerusform>%n file skipped by cancelling.</numerusform>
            <numerusform>%n files skipped by cancelling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galley newsrooms (*.galley *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galley could not be started for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Galley %1&lt;/h3&gt;&lt;p&gt;A desktop newsroom editor: write, review and publish articles in Chinese and English.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export articles as HTML pages, a site, NINJS, plain text or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galley stopped before these articles were saved. Their last edits were kept: open one to recover them or to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles with unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — edited %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a newsroom on a PostgreSQL server in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Team Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by others will not show by themselves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Galley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only: Galley cannot write to this file or its folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Name and Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Galley. Your comments and revisions will be signed “%1”. Is that the name your desk knows you by?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the newsroom for the chief: states per desk, the last 30 days, review times, open comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Comments and Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::NewsroomActions</name>
    <message>
        <source>The history could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text as annotated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with version %1, overlapping edits chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with %1&apos;s version %2, overlapping edits chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with %1&apos;s version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere, in the same paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestions could not be placed on the saved text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suggestion proposes text on one line: no paragraphs, line breaks or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 no longer fits the text: %2 is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions %1 and %2 change the same text: accept one, then the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 asks for formatting Galley does not have (it has strong, em, u, s, sub and sup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 spans more than one paragraph or an image; make that change in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested by %2)</source>
        <comment>revision author: editor, reviewers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion is not anchored on the text of “%1” as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formatting suggestion names tags Galley has: strong, em, u, s, sub, sup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text as %1 made suggestions on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no suggestion with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 is already %2 (by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions %1 and %2 are on different articles: resolve them one article at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting a suggestion needs the editor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestions</source>
        <translation>
            <numerusform>Accepted %n suggestion</numerusform>
            <numerusform>Accepted %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was saved by someone else meanwhile: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting a suggestion needs the editor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to suggestion %1 was not stored: its discussion kept changing while it was written. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::NewsroomCopy</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy into “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” already holds %n article(s); a copy goes into an empty newsroom unless it merges.</source>
        <translation>
            <numerusform>“%1” already holds %n article; a copy goes into an empty newsroom unless it merges.</numerusform>
            <numerusform>“%1” already holds %n articles; a copy goes into an empty newsroom unless it merges.</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection gives no access to its PostgreSQL handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the source, %3 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content checksums differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in “%1” does not read back as its source (%2), so it was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored copy-desk findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictionary words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsroom settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::NewsroomWatcher</name>
    <message>
        <source>The newsroom is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 did not let Galley listen for changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::PageValidator</name>
    <message>
        <source>line %1: a &lt;script&gt; element that is not a JSON-LD data block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a &lt;%2&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a &lt;meta http-equiv=&quot;refresh&quot;&gt; redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: script in a &lt;style&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: an event handler attribute %2 on &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a script URL in %2 of &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: script in the style of &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a data: URL in %2 of &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 leaves the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 names a file the export does not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML Tidy could not read the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: HTML parse error %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed HTML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executable content: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::PostgresConnection</name>
    <message>
        <source>“%1”: the login “%2” has no Galley role. A database administrator gives one with “GRANT galley_editor TO %2” (or galley_reviewer, galley_chief).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid team newsroom address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team newsroom “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Galley newsroom: the database holds tables of another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of Galley (schema %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be set up as a Galley newsroom (schema version %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Galley newsroom yet: an administrator sets it up with “galley admin init --db %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to schema version %2: an administrator runs “galley admin init --db %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq cannot read it; the form is postgresql://[user@][host][:port]/database[?param=value&amp;…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address that does not parse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor — writes and revises articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer — reads and annotates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo newsroom in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newsroom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galley newsrooms (*.galley *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your name: it is recorded with every revision and comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;House Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house style was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the preview with the &amp;graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the graphics card (OpenGL) the whole window is composed by it on every keystroke; without one (a virtual machine, a remote desktop) that slows typing. Off: the preview is drawn in software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, newsroom and preview drawing changes take effect the next time Galley starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::PreviewPane</name>
    <message>
        <source>Allow &amp;Remote Content in Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the preview of this article load images and files from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: blocked %n remote request(s). View ▸ Allow Remote Content in Preview loads them.</source>
        <translation>
            <numerusform>Preview: blocked %n remote request. View ▸ Allow Remote Content in Preview loads it.</numerusform>
            <numerusform>Preview: blocked %n remote requests. View ▸ Allow Remote Content in Preview loads them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview page did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Suggestions in Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the pending suggestions in the preview: proposed text underlined, deleted text struck through (exports never show them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronize Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling the editor or the preview keeps the other at the same paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ReviewCli</name>
    <message>
        <source>Newsroom database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no article with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors a comment on the Nth occurrence of a passage of an article&apos;s text; prints the new thread as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage commented on, exactly as in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence of the passage (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the text of article %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurrence %1 of &quot;%2&quot; does not exist: article %3 has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text as annotated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the thread (or of any comment in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no comment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves a comment thread, optionally with a last reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopens a resolved comment thread, optionally with a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to add first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who replies (with --text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text needs --author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The updated copy (.txt, .html, .md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who revises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before the update from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists an article&apos;s revisions, oldest first, one JSON object a line (with --events: its workflow timeline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON lines (the only format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workflow transitions instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints what changed between two revisions of an article (character by character for Chinese, word by word for Latin text): [-deleted-]{+inserted+}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older revision number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer revision number (default: the current text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the runs as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the canonical HTML line by line instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be editor, reviewer or chief, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a team server the role comes from the login&apos;s group: %1 has the %2 role, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves an article through the workflow (draft, in_review, changes_requested, approved, published, archived) as an editor, a reviewer or a chief (on a team server, as the login&apos;s role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor, reviewer or chief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces an article with an updated version of the same copy (any format import reads), as a new revision, and places every comment and pending suggestion on the new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a reply to a comment thread or to a suggestion&apos;s discussion; prints it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the suggestion to discuss instead (its thread starts with the first reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of --thread or --suggestion may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--thread or --suggestion is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::RevisionModel</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revision %1: “%2”, %n character(s)</source>
        <translation>
            <numerusform>Revision %1: “%2”, %n character</numerusform>
            <numerusform>Revision %1: “%2”, %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision’s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters added (+) or removed (−) by the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::RevisionRepository</name>
    <message>
        <source>The revision could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was changed since this copy was opened (version %1, this copy is version %2); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::RichTextEdit</name>
    <message>
        <source>all formatting (its HTML was too complex)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SourceView</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean the HTML and load it into the editor (also happens when you leave this tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SpellChecker</name>
    <message>
        <source>Galley has no spelling dictionary for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling dictionary %1 in %2: Latin words are not spell-checked (Debian: install hunspell-%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SuggestEditing</name>
    <message>
        <source>A suggestion proposes text within a paragraph: Enter and pasted paragraphs are not suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is text %1 suggested: type before or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select either the article&apos;s text or the text of one suggestion, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph breaks cannot be suggested away: select text within one paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only text can be suggested: images and other content are not pasted in suggest mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words to delete, then press Backspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text first: in suggest mode, formatting is suggested for a selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SuggestionCli</name>
    <message>
        <source>Suggests a change to the Nth occurrence of a passage of an article&apos;s text (replace it, delete it, or insert text after it) for an editor to accept or reject; prints the suggestion as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage, exactly as in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence of the passage (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the passage by this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert this text right after the passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of --replace, --delete or --insert-after is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of --replace, --delete or --insert-after may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: a suggestion proposes text on one line, without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quote: &quot;%1&quot; is not in the text of article %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence: occurrence %1 of &quot;%2&quot; does not exist: article %3 has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text as %1 made suggestions on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists an article&apos;s suggestions in text order (orphaned, then decided ones last), one JSON object a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON lines (the only format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only suggestions in this state: open, orphaned, accepted or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be open, orphaned, accepted or rejected, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts suggestions: makes their changes to the text, saved as one revision named after the editor and the reviewers (on a team server, an editor&apos;s or a chief&apos;s login only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects suggestions; the text stays as it is (on a team server, an editor&apos;s or a chief&apos;s login only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion id (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suggestion needs a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SuggestionModel</name>
    <message>
        <source>“%1” → “%2”</source>
        <comment>replace</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert “%1” after “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format “%1”: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SuggestionPanel</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions on this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected suggestions&apos; changes to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the selected suggestions; the text stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be saved, so no suggestion was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Accepted %n suggestion.</numerusform>
            <numerusform>Accepted %n suggestions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s).</source>
        <translation>
            <numerusform>Rejected %n suggestion.</numerusform>
            <numerusform>Rejected %n suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending · %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the selected suggestion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text in the reply box to the selected suggestion&apos;s discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Suggestions in Se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the changes the pending suggestions in the selected text propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject Suggestions in Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the pending suggestions in the selected text; it stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending suggestion in the selected text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SuggestionRepository</name>
    <message>
        <source>A suggestion must be anchored on some text of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suggestion to insert or replace needs the proposed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed text is the text already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suggestion to delete proposes no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formatting suggestion must change the formatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suggestion is resolved by accepting or rejecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no suggestion with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pending suggestion with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::TeamNewsroomDialog</name>
    <message>
        <source>Open Team Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent team newsrooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.newsroom.example or /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your PostgreSQL login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored; empty: ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::TemplateEditor</name>
    <message>
        <source>Export Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit another template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from &amp;Default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the built-in template into a folder to start your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;iles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile the templates as edited and show the first error (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in template (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in template cannot be changed: use Create from Default to copy it into a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder has no %1: use Create from Default to start from the built-in template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the built-in template into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check: no temporary folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template compiles: every template and partial is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — Export Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Template In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds template files. Replace them with the built-in ones?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Watch</name>
    <message>
        <source>%1  the newsroom changed (read it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take-over asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints one line per change made in the newsroom, as it happens, until interrupted (Ctrl+C or SIGTERM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom: a file or a postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each change as one line of JSON: the team server&apos;s announcement (table, op, article, id, version, state, user, name, origin), or {&quot;table&quot;: &quot;&quot;} for a change of unknown extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>galley: --db FILE or --db postgresql://… is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>galley: cannot set up the signal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>galley: lost %1 (%2); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>galley: %1 is back; changes made meanwhile were not heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>galley: watching %1; Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::WebEnginePdfPrinter</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the page did not print within %n second(s)</source>
        <translation>
            <numerusform>the page did not print within %n second</numerusform>
            <numerusform>the page did not print within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print “%1”: the PDF printer was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print “%1”: printing was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print “%1”: the PDF printer did not answer (the user interface is busy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing needs the graphical libraries (no QApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the galley: URL scheme is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s folder (%1) is not a local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s renderer stopped (status %1, exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page stopped loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page did not load (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page needs %1, not in the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing gave an empty PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing gave something that is not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::Workflow</name>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving an article from %1 to %2 is for a %3, not a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::WorkflowActions</name>
    <message>
        <source>&amp;Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the article from “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moves for a %1 from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → “%2”. A note for the timeline (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: the article was changed elsewhere. Open it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with Copy-Desk Findings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View ▸ Copy Desk lists them. Approve the article as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: the copy desk&apos;s findings are listed in View ▸ Copy Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The copy desk has %n finding(s) in this article (errors: %1).</source>
        <translation>
            <numerusform>The copy desk has %n finding in this article (errors: %1).</numerusform>
            <numerusform>The copy desk has %n findings in this article (errors: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy desk has %n finding(s) in this article.</source>
        <translation>
            <numerusform>The copy desk has %n finding in this article.</numerusform>
            <numerusform>The copy desk has %n findings in this article.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::WorkflowRepository</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is in the trash; take it out before moving it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was changed since this copy was opened (version %1, this copy is version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::WorkflowState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::WorkflowStateDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <comment>state, open review threads</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n suggestion(s))</source>
        <comment>state, open review threads, open suggestions</comment>
        <translation>
            <numerusform>%1 (%2, %n suggestion)</numerusform>
            <numerusform>%1 (%2, %n suggestions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n suggestion(s))</source>
        <comment>state, open suggestions</comment>
        <translation>
            <numerusform>%1 (%n suggestion)</numerusform>
            <numerusform>%1 (%n suggestions)</numerusform>
        </translation>
    </message>
</context>
</TS>
