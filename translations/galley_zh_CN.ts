<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>galley::AnnotationModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>“%1” is no longer in the text (orphaned comment)</source>
        <translation>“%1”已不在正文中（孤立批注）</translation>
    </message>
    <message>
        <source>On “%1”</source>
        <translation>针对“%1”</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>没有打开的稿件。</translation>
    </message>
</context>
<context>
    <name>galley::AnnotationPanel</name>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Write a comment on the selected text, or a reply to the selected thread…</source>
        <translation>为选中的文字撰写批注，或回复选中的批注讨论…</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>批注(&amp;C)</translation>
    </message>
    <message>
        <source>Comment on the text selected in the editor</source>
        <translation>为编辑器中选中的文字添加批注</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete your own comment or reply</source>
        <translation>删除您自己的批注或回复</translation>
    </message>
    <message>
        <source>&amp;Comment on Selection</source>
        <translation>批注所选内容(&amp;C)</translation>
    </message>
    <message>
        <source>Start a review thread on the text selected in the editor</source>
        <translation>就编辑器中选中的文字发起审核讨论</translation>
    </message>
    <message>
        <source>Write the comment, then press Comment.</source>
        <translation>请先撰写批注，然后点击“批注”。</translation>
    </message>
    <message>
        <source>%1 open · %2 resolved</source>
        <translation>%1 条未解决 · %2 条已解决</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Text as annotated</source>
        <translation>批注时的原文</translation>
    </message>
    <message>
        <source>Select the passage to comment on in the editor first.</source>
        <translation>请先在编辑器中选中要批注的段落。</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>批注内容不能为空。</translation>
    </message>
    <message>
        <source>Not commented: the article could not be saved first.</source>
        <translation>未添加批注：无法先保存稿件。</translation>
    </message>
    <message>
        <source>The comment could not be stored: %1</source>
        <translation>无法保存批注：%1</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>已添加批注。</translation>
    </message>
    <message>
        <source>The reply could not be stored: %1</source>
        <translation>无法保存回复：%1</translation>
    </message>
    <message>
        <source>The thread could not be changed: %1</source>
        <translation>无法更改该批注讨论：%1</translation>
    </message>
    <message>
        <source>Thread resolved.</source>
        <translation>批注讨论已解决。</translation>
    </message>
    <message>
        <source>Thread reopened.</source>
        <translation>批注讨论已重新打开。</translation>
    </message>
    <message>
        <source>The comment could not be deleted: %1</source>
        <translation>无法删除批注：%1</translation>
    </message>
    <message>
        <source>Orphaned — “%1” is no longer in the text
%2</source>
        <translation>已失去锚点——“%1”已不在正文中
%2</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>审核批注</translation>
    </message>
    <message>
        <source>New comment or reply</source>
        <translation>新批注或回复</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>批注（%1）</translation>
    </message>
    <message>
        <source>Comments by status</source>
        <translation>按状态筛选批注</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>galley::AnnotationRepository</name>
    <message>
        <source>A comment needs some text.</source>
        <translation>批注需要填写内容。</translation>
    </message>
    <message>
        <source>There is no thread %1 on article %2 to reply to.</source>
        <translation>稿件 %2 上没有可回复的讨论 %1。</translation>
    </message>
    <message>
        <source>A comment must be anchored on some text of the article.</source>
        <translation>批注必须锚定在稿件的某段文字上。</translation>
    </message>
    <message>
        <source>The comment could not be stored: %1</source>
        <translation>无法保存批注：%1</translation>
    </message>
    <message>
        <source>There is no comment with id %1.</source>
        <translation>不存在编号为 %1 的批注。</translation>
    </message>
    <message>
        <source>There is no thread with id %1.</source>
        <translation>不存在编号为 %1 的讨论。</translation>
    </message>
</context>
<context>
    <name>galley::ArticleFieldsForm</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Source (稿件来源)</source>
        <translation>稿件来源</translation>
    </message>
    <message>
        <source>Editor (编辑)</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show or hide subtitle, credits, desk, tags and publish time</source>
        <translation>显示或隐藏副标题、署名信息、部门、标签和发布时间</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>记者(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;ditor:</source>
        <translation>编辑(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;esk:</source>
        <translation>部门(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>发布时间</translation>
    </message>
</context>
<context>
    <name>galley::ArticleListDock</name>
    <message>
        <source>Articles</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Search titles and text (中文 or English)…</source>
        <translation>搜索标题和正文（中文或英文）…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索稿件</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Filter by desk</source>
        <translation>按部门筛选</translation>
    </message>
    <message>
        <source>Filter by byline</source>
        <translation>按署名筛选</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>稿件列表</translation>
    </message>
    <message>
        <source>Number of articles</source>
        <translation>稿件数量</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新建稿件(&amp;N)</translation>
    </message>
    <message>
        <source>Create a new draft article</source>
        <translation>新建一篇草稿</translation>
    </message>
    <message>
        <source>D&amp;uplicate Article</source>
        <translation>复制稿件(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected article as a new draft</source>
        <translation>将选中的稿件复制为新草稿</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Move the selected articles to the trash</source>
        <translation>将选中的稿件移到回收站</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>从回收站还原(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected articles out of the trash</source>
        <translation>将选中的稿件移出回收站</translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation>显示回收站(&amp;R)</translation>
    </message>
    <message>
        <source>List the articles in the trash instead of the newsroom</source>
        <translation>列出回收站中的稿件，而不是新闻库中的稿件</translation>
    </message>
    <message>
        <source>Search &amp;Articles…</source>
        <translation>搜索稿件(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the trash</source>
        <translation>
            <numerusform>回收站中有 %n 篇稿件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>All bylines</source>
        <translation>所有署名</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>无标题稿件</translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>新建稿件</translation>
    </message>
    <message>
        <source>The article could not be created: %1</source>
        <translation>无法创建稿件：%1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate Article</source>
        <translation>复制稿件</translation>
    </message>
    <message>
        <source>The article could not be copied: %1</source>
        <translation>无法复制稿件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>已将 %n 篇稿件移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s) from the trash.</source>
        <translation>
            <numerusform>已从回收站还原 %n 篇稿件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln article(s)</source>
        <comment>an estimate, refined as the list scrolls</comment>
        <translation>
            <numerusform>约 %Ln 篇稿件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln article(s)</source>
        <translation>
            <numerusform>超过 %Ln 篇稿件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>%1 is editing since %2</source>
        <translation>%1 自 %2 起正在编辑</translation>
    </message>
    <message>
        <source>Open by %1</source>
        <translation>已打开：%1</translation>
    </message>
</context>
<context>
    <name>galley::ArticlePipeline</name>
    <message>
        <source>Article %1 (%2): %3 %4</source>
        <translation>稿件 %1（%2）：%3 %4</translation>
    </message>
    <message>
        <source>render:</source>
        <translation>渲染：</translation>
    </message>
    <message>
        <source>template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>validate:</source>
        <translation>校验：</translation>
    </message>
    <message>
        <source>copy desk:</source>
        <translation>校对：</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n 处错误：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or error(s): %1</source>
        <translation>
            <numerusform>%n 处警告或错误：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy-desk finding(s): %1</source>
        <translation>
            <numerusform>%n 处校对问题：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleRenderer</name>
    <message>
        <source>The image asset:%1 is not in the newsroom.</source>
        <translation>图片 asset:%1 不在新闻库中。</translation>
    </message>
</context>
<context>
    <name>galley::ArticleRepository</name>
    <message>
        <source>This article already exists (id %1).</source>
        <translation>这篇稿件已存在（编号 %1）。</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>不存在编号为 %1 的稿件。</translation>
    </message>
    <message>
        <source>The article was changed elsewhere (version %1, this copy is version %2).</source>
        <translation>稿件已在别处被修改（版本 %1，当前副本为版本 %2）。</translation>
    </message>
    <message>
        <source>The article was changed elsewhere.</source>
        <translation>稿件已在别处被修改。</translation>
    </message>
</context>
<context>
    <name>galley::ArticleWriter</name>
    <message>
        <source>Article %1: the image asset:%2 is not in the newsroom.</source>
        <translation>稿件 %1：图片 asset:%2 不在新闻库中。</translation>
    </message>
    <message>
        <source>Article %1 (%2): PDF: %3</source>
        <translation>稿件 %1（%2）：PDF：%3</translation>
    </message>
</context>
<context>
    <name>galley::AssetRepository</name>
    <message>
        <source>An asset needs content and a media type.</source>
        <translation>素材必须有内容和媒体类型。</translation>
    </message>
    <message>
        <source>Could not store the asset: %1</source>
        <translation>无法保存素材：%1</translation>
    </message>
</context>
<context>
    <name>galley::BulkLoader</name>
    <message>
        <source>A bulk load is already running.</source>
        <translation>已有一个批量导入正在进行。</translation>
    </message>
    <message>
        <source>The newsroom is not open for writing.</source>
        <translation>编辑部数据库未以可写方式打开。</translation>
    </message>
    <message>
        <source>A bulk load cannot run inside another transaction.</source>
        <translation>批量导入不能在另一个事务中进行。</translation>
    </message>
    <message>
        <source>The newsroom has no full-text triggers.</source>
        <translation>编辑部数据库缺少全文索引触发器。</translation>
    </message>
    <message>
        <source>No bulk load is running.</source>
        <translation>没有正在进行的批量导入。</translation>
    </message>
    <message>
        <source>This article already exists (id %1).</source>
        <translation>这篇稿件已存在（编号 %1）。</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>批注需要填写内容。</translation>
    </message>
    <message>
        <source>There is no thread %1 on article %2 to reply to.</source>
        <translation>稿件 %2 上没有可回复的讨论 %1。</translation>
    </message>
    <message>
        <source>A comment must be anchored on some text of the article.</source>
        <translation>批注必须锚定在稿件的某段文字上。</translation>
    </message>
</context>
<context>
    <name>galley::ChineseConverter</name>
    <message>
        <source>Cannot load the OpenCC profile %1 (is the opencc package installed?): %2</source>
        <translation>无法加载 OpenCC 配置 %1（是否已安装 opencc 软件包？）：%2</translation>
    </message>
</context>
<context>
    <name>galley::Cli</name>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>用户界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Newsroom database file.</source>
        <translation>新闻库数据库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>必须指定 --db 文件。</translation>
    </message>
    <message>
        <source>Imports wire copy (.txt, .html, .md) into a newsroom; prints one JSON object per created article.</source>
        <translation>将通稿（.txt、.html、.md）导入新闻库；每创建一篇稿件输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>no file to import was given.</source>
        <translation>未指定要导入的文件。</translation>
    </message>
    <message>
        <source>Prints one article.</source>
        <translation>输出一篇稿件。</translation>
    </message>
    <message>
        <source>Print JSON (the only format).</source>
        <translation>输出 JSON（唯一支持的格式）。</translation>
    </message>
    <message>
        <source>Article id.</source>
        <translation>稿件编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>show needs exactly one article id (a positive number).</source>
        <translation>show 需要且只需要一个稿件编号（正整数）。</translation>
    </message>
    <message>
        <source>%1: there is no article with id %2.</source>
        <translation>%1：不存在编号为 %2 的稿件。</translation>
    </message>
    <message>
        <source>Lists articles matching the filters, most recently updated first (search: best match first).</source>
        <translation>列出符合筛选条件的稿件，最近更新的在前（搜索时最匹配的在前）。</translation>
    </message>
    <message>
        <source>Only articles in this state (draft, in_review, changes_requested, approved, published, archived).</source>
        <translation>仅列出处于此状态的稿件（draft、in_review、changes_requested、approved、published、archived）。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Full-text query (Chinese or English, any length).</source>
        <translation>全文检索词（中文或英文，长度不限）。</translation>
    </message>
    <message>
        <source>query</source>
        <translation>检索词</translation>
    </message>
    <message>
        <source>Only articles of this desk.</source>
        <translation>仅列出此部门的稿件。</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Only articles with this byline.</source>
        <translation>仅列出此署名的稿件。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation>最多输出的行数（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON lines (the only format).</source>
        <translation>输出 JSON Lines（唯一支持的格式）。</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>--limit needs a number of rows, not &quot;%1&quot;.</source>
        <translation>--limit 需要行数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Administers a newsroom. &quot;galley admin init --db LOCATION&quot; creates the Galley schema of an empty database on a team server (postgresql://…), or upgrades an older one, with the group roles galley_editor, galley_reviewer and galley_chief; on a file it creates or upgrades the newsroom file.</source>
        <translation>管理新闻库。“galley admin init --db 位置”在团队服务器（postgresql://…）的空数据库中创建 Galley 架构（或升级旧版架构），并创建组角色 galley_editor、galley_reviewer 和 galley_chief；对于文件，则创建或升级新闻库文件。</translation>
    </message>
    <message>
        <source>Newsroom file or team server (postgresql://[user@][host][:port]/dbname).</source>
        <translation>新闻库文件或团队服务器（postgresql://[user@][host][:port]/dbname）。</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>admin needs one action: init (see galley admin --help).</source>
        <translation>admin 需要一个操作：init（参见 galley admin --help）。</translation>
    </message>
    <message>
        <source>--db LOCATION is required.</source>
        <translation>必须指定 --db 位置。</translation>
    </message>
    <message>
        <source>“%1”: created the Galley schema, version %2.</source>
        <translation>“%1”：已创建 Galley 架构，版本 %2。</translation>
    </message>
    <message>
        <source>“%1”: migrated the Galley schema from version %2 to %3.</source>
        <translation>“%1”：已将 Galley 架构从版本 %2 迁移到版本 %3。</translation>
    </message>
    <message>
        <source>“%1”: the Galley schema is already at version %2.</source>
        <translation>“%1”：Galley 架构已是版本 %2，无需更改。</translation>
    </message>
    <message>
        <source>Connected as “%1”, role %2.</source>
        <translation>已以“%1”身份连接，角色：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Copies a whole newsroom (articles, related items, revisions, annotations, workflow events, assets) between newsroom files and team servers, in one transaction on the destination, and checks the copy against the source before committing it. The destination must be empty unless --merge.</source>
        <translation>在新闻库文件与团队服务器之间复制整个新闻库（稿件、相关报道、修订版本、批注、工作流程记录、素材），在目标端的单个事务中完成，并在提交前对照源端校验副本。除非指定 --merge，否则目标必须为空。</translation>
    </message>
    <message>
        <source>Source: a newsroom file or a postgresql:// URI.</source>
        <translation>源：新闻库文件或 postgresql:// URI。</translation>
    </message>
    <message>
        <source>Destination: a newsroom file (created when missing) or a team server set up with galley admin init.</source>
        <translation>目标：新闻库文件（不存在时自动创建），或已用 galley admin init 设置好的团队服务器。</translation>
    </message>
    <message>
        <source>Copy into a destination that has articles: skip those whose uuid it already has.</source>
        <translation>复制到已有稿件的目标：跳过目标中已有相同 uuid 的稿件。</translation>
    </message>
    <message>
        <source>copy needs --from LOCATION and --to LOCATION (see galley copy --help).</source>
        <translation>copy 需要 --from 位置和 --to 位置（参见 galley copy --help）。</translation>
    </message>
    <message>
        <source>--from and --to name the same newsroom.</source>
        <translation>--from 和 --to 指向同一个新闻库。</translation>
    </message>
    <message>
        <source>copied %1 of %2 articles…</source>
        <translation>已复制 %1 篇稿件，共 %2 篇…</translation>
    </message>
    <message>
        <source>Nothing was copied; add --merge to copy only the articles it does not have.</source>
        <translation>未复制任何内容；加上 --merge 可只复制目标中还没有的稿件。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n article(s) from “%1” to “%2” in %3 s (%4 articles/s), %5.</source>
        <translation>
            <numerusform>已用 %3 秒将 %n 篇稿件从“%1”复制到“%2”（每秒 %4 篇），%5。</numerusform>
        </translation>
    </message>
    <message>
        <source>ids kept</source>
        <translation>保留原编号</translation>
    </message>
    <message>
        <source>new ids</source>
        <translation>使用新编号</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n article(s) whose uuid the destination already had</source>
        <translation>
            <numerusform>跳过了 %n 篇目标中已有相同 uuid 的稿件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n slug(s) were taken and got a suffix.</source>
        <translation>
            <numerusform>；%n 个别名（slug）已被占用，已加上后缀。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checksum (SHA-256), source = destination: %1 = %2.</source>
        <translation>校验和（SHA-256），源 = 目标：%1 = %2。</translation>
    </message>
    <message>
        <source>every article is written; the server is building the search indexes (most of a large copy&apos;s time)…</source>
        <translation>所有文章已写入；服务器正在建立搜索索引（大批量复制的大部分时间花在这里）…</translation>
    </message>
    <message>
        <source>reading the copy back to compare its counts and checksum with the source…</source>
        <translation>正在读回副本，与源新闻库核对数量和校验和…</translation>
    </message>
    <message>
        <source>Counts, source = destination: articles %1, revisions %2, annotations %3, workflow events %4, assets %5, related items %6, suggestions %7, ignored copy-desk findings %8, article languages %9, dictionary words %10, settings %11.</source>
        <translation>数量，源 = 目标：文章 %1，修订 %2，批注 %3，流程事件 %4，资源 %5，相关文章 %6，修改建议 %7，已忽略的校对结果 %8，稿件语言 %9，词典词条 %10，设置 %11。</translation>
    </message>
</context>
<context>
    <name>galley::Commands</name>
    <message>
        <source>Import wire copy (.txt, .html, .md) as new articles.</source>
        <translation>导入通讯稿（.txt、.html、.md），成为新稿件。</translation>
    </message>
    <message>
        <source>List articles by state, desk, byline or a full-text search.</source>
        <translation>按状态、部门、署名或全文搜索列出稿件。</translation>
    </message>
    <message>
        <source>Export articles as HTML pages, a site, NINJS, plain text or PDF.</source>
        <translation>将稿件导出为 HTML 页面、网站、NINJS、纯文本或 PDF。</translation>
    </message>
    <message>
        <source>Comment on a passage of an article.</source>
        <translation>对稿件中的一段文字添加批注。</translation>
    </message>
    <message>
        <source>Resolve a comment thread.</source>
        <translation>将一条批注标为已解决。</translation>
    </message>
    <message>
        <source>Reopen a resolved comment thread.</source>
        <translation>重新打开已解决的批注。</translation>
    </message>
    <message>
        <source>Replace an article with an updated version, keeping its comments.</source>
        <translation>用更新的版本替换稿件，保留其批注。</translation>
    </message>
    <message>
        <source>Move an article through the workflow (submit, approve, publish…).</source>
        <translation>推进稿件的工作流（提交审核、通过、发布…）。</translation>
    </message>
    <message>
        <source>List an article&apos;s revisions or its workflow events.</source>
        <translation>列出稿件的修订版本或工作流记录。</translation>
    </message>
    <message>
        <source>Show what changed between two revisions of an article.</source>
        <translation>显示稿件两个修订版本之间的改动。</translation>
    </message>
    <message>
        <source>Print each change made in a newsroom as it happens.</source>
        <translation>实时输出新闻库中的每一处改动。</translation>
    </message>
    <message>
        <source>Create or upgrade a newsroom file or a team server&apos;s database.</source>
        <translation>创建或升级新闻库文件或团队服务器上的数据库。</translation>
    </message>
    <message>
        <source>Copy a whole newsroom between files and team servers.</source>
        <translation>在新闻库文件和团队服务器之间复制整个新闻库。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. &quot;galley --help&quot; lists the commands.</source>
        <translation>未知命令“%1”。“galley --help”会列出所有命令。</translation>
    </message>
    <message>
        <source>Galley, a newsroom editor. Without a command it opens a newsroom in a window; with one it works on a newsroom from the command line.</source>
        <translation>Galley，新闻编辑系统。不带命令时在窗口中打开新闻库；带命令时在命令行中处理新闻库。</translation>
    </message>
    <message>
        <source>Open this newsroom: a file (created when missing) or a team server, postgresql://[user@]host[:port]/database.</source>
        <translation>打开此新闻库：文件（不存在时自动创建）或团队服务器 postgresql://[user@]host[:port]/database。</translation>
    </message>
    <message>
        <source>file|URI</source>
        <translation>文件|URI</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>用户界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Print the completion script for a shell (bash).</source>
        <translation>输出 shell（bash）的补全脚本。</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>shell</translation>
    </message>
    <message>
        <source>Print the manual page (roff).</source>
        <translation>输出手册页（roff 格式）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>&quot;galley COMMAND --help&quot; describes a command and its options.</source>
        <translation>“galley 命令 --help”说明该命令及其选项。</translation>
    </message>
    <message>
        <source>&quot;galley --help&quot; lists the options.</source>
        <translation>“galley --help”会列出所有选项。</translation>
    </message>
    <message>
        <source>there is a completion for bash only, not for &quot;%1&quot;.</source>
        <translation>只有 bash 的补全脚本，没有“%1”的。</translation>
    </message>
    <message>
        <source>Check articles against the house style; fix what is safe, or leave comments.</source>
        <translation>按本社体例检查稿件；修正可安全修正之处，或留下批注。</translation>
    </message>
    <message>
        <source>Print one article as JSON, with its comments and suggestions.</source>
        <translation>以 JSON 输出一篇稿件及其批注和修改建议。</translation>
    </message>
    <message>
        <source>Suggest a change to a passage (replace, delete, insert) for an editor.</source>
        <translation>对一段文字提出修改建议（替换、删除、插入），由编辑决定。</translation>
    </message>
    <message>
        <source>List an article&apos;s suggestions.</source>
        <translation>列出稿件的修改建议。</translation>
    </message>
    <message>
        <source>Accept suggestions: make their changes to the text.</source>
        <translation>接受修改建议：把建议的修改写入正文。</translation>
    </message>
    <message>
        <source>Reject suggestions.</source>
        <translation>拒绝修改建议。</translation>
    </message>
    <message>
        <source>A command (listed below), or a newsroom file to open in the window; none: the window.</source>
        <translation>命令（见下文），或要在窗口中打开的新闻库文件；都不带则打开窗口。</translation>
    </message>
    <message>
        <source>[command | newsroom]</source>
        <translation>[命令 | 新闻库]</translation>
    </message>
    <message>
        <source>the newsroom is named twice, with --db &quot;%1&quot; and as &quot;%2&quot;: name one.</source>
        <translation>新闻库指定了两次：--db “%1”和“%2”，请只指定一个。</translation>
    </message>
    <message>
        <source>a window opens one newsroom, not %1: start galley once for each.</source>
        <translation>一个窗口只能打开一个新闻库，不能打开 %1 个：请为每个新闻库分别启动 galley。</translation>
    </message>
    <message>
        <source>Reply to a comment thread or a suggestion.</source>
        <translation>回复批注或修改建议。</translation>
    </message>
</context>
<context>
    <name>galley::ConflictDialog</name>
    <message>
        <source>“%1” was changed elsewhere</source>
        <translation>“%1”已在别处被修改</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>采用对方版本(&amp;T)</translation>
    </message>
    <message>
        <source>Someone saved version %1 of this article at %2 while you were editing it.</source>
        <translation>您编辑期间，有人于 %2 保存了本文的版本 %1。</translation>
    </message>
    <message>
        <source>%1 saved version %2 of this article at %3 while you were editing it.</source>
        <translation>您编辑期间，%1 于 %3 保存了本文的版本 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Changes to different paragraphs are merged. %n place(s) were changed on both sides: choose what to keep in each. Their text stays in the article&apos;s history either way.</source>
        <translation>
            <numerusform>不同段落的修改已经合并。有 %n 处被双方同时修改：请逐处选择保留哪一方。无论怎样选择，对方的文本都会留在稿件的修订版本历史中。</numerusform>
        </translation>
    </message>
    <message>
        <source>At the beginning</source>
        <translation>开头处</translation>
    </message>
    <message>
        <source>After paragraph %1</source>
        <translation>第 %1 段之后</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Paragraphs %1–%2</source>
        <translation>第 %1–%2 段</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>&amp;Save Merged Text</source>
        <translation>保存合并结果(&amp;S)</translation>
    </message>
    <message>
        <source>Saves the merged text with your choices on top of their version</source>
        <translation>按您的选择保存合并后的文本，作为对方版本之后的新版本</translation>
    </message>
    <message>
        <source>Drops your unsaved changes and loads their version</source>
        <translation>放弃您未保存的修改，载入对方的版本</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <extracomment>%1 is the name of the person who saved the other version</extracomment>
        <translation>对方：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>修改前：</translation>
    </message>
    <message>
        <source>(nothing here)</source>
        <translation>（此处原无内容）</translation>
    </message>
    <message>
        <source>%1 before both edits</source>
        <translation>%1（双方修改前）</translation>
    </message>
    <message>
        <source>%1, yours</source>
        <translation>%1（您的）</translation>
    </message>
    <message>
        <source>%1, theirs</source>
        <translation>%1（对方的）</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>您的：</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Keep yours: %1</source>
        <translation>保留您的：%1</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Keep theirs: %1</source>
        <translation>保留对方的：%1</translation>
    </message>
    <message>
        <source>Keep both (mine first)</source>
        <translation>两者都保留（我的在前）</translation>
    </message>
    <message>
        <source>Keep both: %1</source>
        <translation>两者都保留：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>稿件来源</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>发布时间</translation>
    </message>
</context>
<context>
    <name>galley::CopyDeskChecker</name>
    <message>
        <source>No Spelling Suggestions</source>
        <translation>无拼写建议</translation>
    </message>
    <message>
        <source>Re&amp;move It</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hange to “%1”</source>
        <translation>改为“%1”(&amp;H)</translation>
    </message>
    <message>
        <source>Fi&amp;x All of This Kind in the Article</source>
        <translation>在全文中修正此类问题(&amp;X)</translation>
    </message>
    <message numerus="yes">
        <source>Copy desk: %n fixed (%1).</source>
        <translation>
            <numerusform>校对：已修正 %n 处（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Newsroom Dictionary</source>
        <translation>将“%1”加入新闻库词典(&amp;A)</translation>
    </message>
</context>
<context>
    <name>galley::CopyDeskMemory</name>
    <message>
        <source>The copy desk could not store it in the newsroom: %1.</source>
        <translation>校对无法将其保存到新闻库：%1。</translation>
    </message>
    <message>
        <source>The article’s language was not changed: %1.</source>
        <translation>稿件的语言未更改：%1。</translation>
    </message>
    <message>
        <source>the newsroom’s house style</source>
        <translation>新闻库的本社体例</translation>
    </message>
    <message>
        <source>Copy desk: %1 The standards’ rules apply meanwhile.</source>
        <translation>校对：%1 在此期间按国家标准的规则检查。</translation>
    </message>
</context>
<context>
    <name>galley::CopyDeskPanel</name>
    <message>
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <source>Copy Desk</source>
        <translation>校对</translation>
    </message>
    <message>
        <source>Copy desk findings</source>
        <translation>校对发现的问题</translation>
    </message>
    <message>
        <source>Findings grouped by kind; press Enter to go to one in the text</source>
        <translation>按类别分组的问题；按回车键跳到正文中的位置</translation>
    </message>
    <message>
        <source>Fi&amp;x All of This Kind</source>
        <translation>修正此类全部问题(&amp;X)</translation>
    </message>
    <message>
        <source>Applies every safe fix of the selected kind in the article; Undo takes them back at once</source>
        <translation>在全文中应用所选类别的全部安全修正；撤销可一次全部恢复</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Subtitle: %1</source>
        <translation>副标题：%1</translation>
    </message>
    <message>
        <source>“%1”  %2</source>
        <translation>“%1”  %2</translation>
    </message>
    <message>
        <source>Nothing for the copy desk in this article.</source>
        <translation>本文没有需要校对的问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n 处问题：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 处错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>，%n 处警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Desk (%1)</source>
        <translation>校对（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Copy desk: %n fixed (%1).</source>
        <translation>
            <numerusform>校对：已修正 %n 处（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>英语（美国）</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>英语（英国）</translation>
    </message>
    <message>
        <source>The article’s language, which chooses the spelling dictionary</source>
        <translation>稿件的语言，决定使用哪部拼写词典</translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation>拼写(&amp;S)：</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>拼写语言</translation>
    </message>
    <message>
        <source>By the text (Chinese: none)</source>
        <translation>按正文判断（中文：不检查）</translation>
    </message>
    <message>
        <source>By the text (English, US)</source>
        <translation>按正文判断（英语，美国）</translation>
    </message>
</context>
<context>
    <name>galley::CopyDeskRepository</name>
    <message>
        <source>Could not remember the ignored finding: %1</source>
        <translation>无法记住已忽略的校对结果：%1</translation>
    </message>
    <message>
        <source>“%1” is not a word for the dictionary (one word, without spaces)</source>
        <translation>“%1”不能加入词典（须为一个词，不含空格）</translation>
    </message>
    <message>
        <source>Could not add “%1” to the dictionary: %2</source>
        <translation>无法将“%1”加入词典：%2</translation>
    </message>
    <message>
        <source>Could not remove “%1” from the dictionary: %2</source>
        <translation>无法从词典中删除“%1”：%2</translation>
    </message>
    <message>
        <source>Could not set the article’s language: %1</source>
        <translation>无法设置稿件的语言：%1</translation>
    </message>
    <message>
        <source>Could not store the house style: %1</source>
        <translation>无法保存本社体例：%1</translation>
    </message>
</context>
<context>
    <name>galley::Database</name>
    <message>
        <source>this SQLite library has no full-text search (FTS5)</source>
        <translation>此 SQLite 库不支持全文检索（FTS5）</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened: %2.</source>
        <translation>“%1”已损坏，无法打开：%2。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a Galley newsroom: %2.</source>
        <translation>“%1”不是 Galley 新闻库：%2。</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>文件不完整（已被截断）</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>文件头无效</translation>
    </message>
    <message>
        <source>it is locked by another program</source>
        <translation>它已被其他程序锁定</translation>
    </message>
    <message>
        <source>it is a database of another application</source>
        <translation>它是其他应用程序的数据库</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Galley (schema %2; this version reads up to %3).</source>
        <translation>“%1”由较新版本的 Galley 写入（架构版本 %2；此版本最高只能读取 %3）。</translation>
    </message>
    <message>
        <source>its tables are missing</source>
        <translation>缺少数据表</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>the folder “%1” is not writable</source>
        <translation>文件夹“%1”不可写</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the file is read-only and needs an upgrade</source>
        <translation>文件为只读，但需要升级</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to schema version %2: %3.</source>
        <translation>无法将“%1”升级到架构版本 %2：%3。</translation>
    </message>
    <message>
        <source>it cannot be switched to write-ahead logging</source>
        <translation>无法切换到预写日志（WAL）模式</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to schema version %2, which a read-only open cannot do.</source>
        <translation>“%1”需要升级到架构版本 %2，以只读方式打开时无法升级。</translation>
    </message>
    <message>
        <source>The newsroom is not open.</source>
        <translation>新闻库未打开。</translation>
    </message>
    <message>
        <source>An earlier statement of the transaction failed.</source>
        <translation>事务中先前的一条语句已失败。</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or socket)</source>
        <translation>它不是普通文件（而是管道、设备或套接字）</translation>
    </message>
    <message>
        <source>the newsroom is open read-only (Galley cannot write to its file or folder); nothing was changed</source>
        <translation>新闻库以只读方式打开（Galley 无法写入其文件或文件夹）；未做任何更改</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>缺少数据表“%1”</translation>
    </message>
    <message>
        <source>Nothing was saved in “%1”: %2.</source>
        <translation>“%1”中没有保存任何内容：%2。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk could not read or write the file (an I/O error)</source>
        <translation>磁盘无法读写该文件（输入/输出错误）</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>与服务器的连接已断开</translation>
    </message>
    <message>
        <source>“%1” could not be made a newsroom: %2.</source>
        <translation>无法将“%1”创建为新闻库：%2。</translation>
    </message>
</context>
<context>
    <name>galley::DemoNewsroom</name>
    <message>
        <source>The demo newsroom has an entry without a key.</source>
        <translation>演示编辑部中有一个条目缺少键名。</translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; has an unknown status &quot;%2&quot;.</source>
        <translation>演示稿件“%1”的状态“%2”无法识别。</translation>
    </message>
    <message>
        <source>The demo wire copy &quot;%1&quot; is missing.</source>
        <translation>缺少演示通稿“%1”。</translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; has no title.</source>
        <translation>演示稿件“%1”没有标题。</translation>
    </message>
    <message>
        <source>The demo newsroom is missing from this build.</source>
        <translation>此版本中缺少演示编辑部。</translation>
    </message>
    <message>
        <source>The demo newsroom cannot be read: %1.</source>
        <translation>无法读取演示编辑部：%1。</translation>
    </message>
    <message>
        <source>The demo newsroom could not be written: %1.</source>
        <translation>无法写入演示编辑部：%1。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; could not be recorded: %2</source>
        <translation>无法记录演示稿件“%1”：%2</translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; could not be moved to &quot;%2&quot;: %3</source>
        <translation>无法将演示稿件“%1”转为“%2”：%3</translation>
    </message>
    <message>
        <source>The demo newsroom needs an open database.</source>
        <translation>演示编辑部需要一个已打开的数据库。</translation>
    </message>
    <message>
        <source>The demo newsroom has two articles with the key &quot;%1&quot;.</source>
        <translation>演示编辑部中有两篇稿件使用了键名“%1”。</translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; could not be created: %2</source>
        <translation>无法创建演示稿件“%1”：%2</translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; refers to an article that does not exist.</source>
        <translation>演示稿件“%1”引用了一篇不存在的稿件。</translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; could not be saved: %2</source>
        <translation>无法保存演示稿件“%1”：%2</translation>
    </message>
    <message>
        <source>The demo article &quot;%1&quot; has a spelling language &quot;%2&quot; that Galley does not spell-check.</source>
        <translation>演示稿件“%1”的拼写语言“%2”不在 Galley 可检查拼写的语言之列。</translation>
    </message>
    <message>
        <source>The demo newsroom&apos;s dictionary holds something that is not a word.</source>
        <translation>演示编辑部的词典中有一项不是单词。</translation>
    </message>
    <message>
        <source>The demo newsroom&apos;s dictionary could not be written: %1.</source>
        <translation>无法写入演示编辑部的词典：%1。</translation>
    </message>
</context>
<context>
    <name>galley::DeskOverviewWindow</name>
    <message>
        <source>Desk Overview — %1</source>
        <translation>部门概览 — %1</translation>
    </message>
    <message>
        <source>Desk overview</source>
        <translation>部门概览</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Articles by state per desk</source>
        <translation>各部门稿件状态</translation>
    </message>
    <message>
        <source>Created, approved and published per day</source>
        <translation>每日新建、通过与发布</translation>
    </message>
    <message>
        <source>Median time in review per desk</source>
        <translation>各部门审核时长（中位数）</translation>
    </message>
    <message>
        <source>Open comments per reviewer</source>
        <translation>各审稿人未解决批注</translation>
    </message>
    <message>
        <source>Stacked bars: one bar per desk, one segment per state. Click a segment to list those articles.</source>
        <translation>堆叠柱状图：每个部门一根柱，每种状态一段。点击一段即在列表中显示这些稿件。</translation>
    </message>
    <message numerus="yes">
        <source>Lines: articles created, approved and published on each of the last %n days.</source>
        <translation>
            <numerusform>折线图：最近 %n 天每天新建、通过和发布的稿件数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bars: hours from the move to review until the approval, median per desk, last %n days. Click a bar to list the desk&apos;s articles in review.</source>
        <translation>
            <numerusform>柱状图：从送审到通过的小时数，各部门中位数，最近 %n 天。点击柱子即在列表中显示该部门审核中的稿件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bars: open comment threads on live articles, by the reviewer who started them.</source>
        <translation>柱状图：未删除稿件上未解决的批注，按发起批注的审稿人统计。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save “%1” as PNG</source>
        <translation>将“%1”保存为 PNG</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the overview again (%1)</source>
        <translation>重新读取概览（%1）</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>The desk overview of %1 could not be read: %2</source>
        <translation>无法读取 %1 的部门概览：%2</translation>
    </message>
    <message>
        <source>%1 to %2, read at %3.</source>
        <translation>%1 至 %2，读取于 %3。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Median hours in review</source>
        <translation>审核时长中位数（小时）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n approved)</source>
        <translation>
            <numerusform>%1（通过 %n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message numerus="yes">
        <source>Median time in review per desk: no approvals in the last %n days</source>
        <translation>
            <numerusform>各部门审核时长：最近 %n 天没有通过的稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>未解决批注</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>Open comments per reviewer: none open</source>
        <translation>各审稿人未解决批注：无</translation>
    </message>
    <message numerus="yes">
        <source>Open comments per reviewer (the %1 with most; %n more)</source>
        <translation>
            <numerusform>各审稿人未解决批注（最多的 %1 位；另有 %n 位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1: the file cannot be written there.</source>
        <translation>无法将图表保存为 %1：该位置无法写入文件。</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>galley::DocumentController</name>
    <message>
        <source>Loaded the version of “%1” saved elsewhere.</source>
        <translation>已载入在别处保存的“%1”版本。</translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed elsewhere. Your text is kept in the recovery journal.</source>
        <translation>未保存：“%1”已在别处被修改。您的文本已保留在恢复日志中。</translation>
    </message>
    <message>
        <source>“%1” was deleted elsewhere; your text was saved as a new article.</source>
        <translation>“%1”已在别处被删除；您的文本已另存为新稿件。</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2 Your text is kept in the recovery journal.</source>
        <translation>无法保存“%1”：%2 您的文本已保留在恢复日志中。</translation>
    </message>
    <message>
        <source>The article could not be opened: %1</source>
        <translation>无法打开稿件：%1</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to “%1” from %2.</source>
        <translation>已恢复“%1”在 %2 的未保存修改。</translation>
    </message>
    <message>
        <source>Before the first edit</source>
        <translation>首次编辑之前</translation>
    </message>
    <message>
        <source>The history could not be recorded: %1</source>
        <translation>无法记录历史：%1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Merged with version %1 saved elsewhere: its changes to other paragraphs are in your text now.</source>
        <translation>已与别处保存的版本 %1 合并：其对其他段落的修改现已并入您的文本。</translation>
    </message>
    <message>
        <source>Merged with %1&apos;s version %2: their changes to other paragraphs are in your text now.</source>
        <translation>已与%1的版本 %2 合并：对方对其他段落的修改现已并入您的文本。</translation>
    </message>
    <message>
        <source>Saved your choices merged with version %1.</source>
        <translation>已按您的选择与版本 %1 合并并保存。</translation>
    </message>
    <message>
        <source>Saved your choices merged with %1&apos;s version %2.</source>
        <translation>已按您的选择与%1的版本 %2 合并并保存。</translation>
    </message>
    <message>
        <source>Your text could not be kept in the history: %1 It is kept in the recovery journal.</source>
        <translation>无法将您的文本保存到历史记录：%1 文本已保留在恢复日志中。</translation>
    </message>
</context>
<context>
    <name>galley::EditorActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste; formatting outside the article style is removed</source>
        <translation>粘贴；不符合稿件样式的格式将被清除</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Body Text</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>二级标题(&amp;2)</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>三级标题(&amp;3)</translation>
    </message>
    <message>
        <source>Heading &amp;4</source>
        <translation>四级标题(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引文(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>倾斜(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>下划线(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>删除线(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>链接(&amp;L)…</translation>
    </message>
    <message>
        <source>Add a link to the selection, or edit the link at the cursor</source>
        <translation>为所选内容添加链接，或编辑光标处的链接</translation>
    </message>
    <message>
        <source>Remove Lin&amp;k</source>
        <translation>移除链接(&amp;K)</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>项目符号列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>编号列表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>增加缩进(&amp;I)</translation>
    </message>
    <message>
        <source>Nest the list item deeper, or quote the paragraph</source>
        <translation>将列表项降一级，或将段落设为引文</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>减少缩进(&amp;O)</translation>
    </message>
    <message>
        <source>Insert I&amp;mage…</source>
        <translation>插入图片(&amp;M)…</translation>
    </message>
    <message>
        <source>Insert &amp;Rule</source>
        <translation>插入分隔线(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation>清除格式(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>并排显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Editor Only</source>
        <translation>仅编辑器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preview Only</source>
        <translation>仅预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the article now (it is also saved as you type)</source>
        <translation>立即保存稿件（输入时也会自动保存）</translation>
    </message>
    <message>
        <source>&amp;Suggest Changes</source>
        <translation>建议模式(&amp;S)</translation>
    </message>
    <message>
        <source>Typing, deleting and pasting in the text make suggestions for an editor to accept; the article itself is not changed</source>
        <translation>在正文中输入、删除和粘贴都会成为修改建议，由编辑决定是否采纳；文章本身不会改动</translation>
    </message>
</context>
<context>
    <name>galley::EditorArea</name>
    <message>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>HTML(&amp;H)</translation>
    </message>
    <message>
        <source>The article&apos;s HTML; edits are cleaned and applied when you leave this tab</source>
        <translation>稿件的 HTML；离开此标签页时，修改内容会经过清理后应用</translation>
    </message>
    <message>
        <source>Open an article from the list to edit it.</source>
        <translation>从列表中打开一篇稿件进行编辑。</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>“%1” has changes from %2 that were never saved — Galley may have stopped unexpectedly.</source>
        <translation>“%1”有 %2 时的修改尚未保存——Galley 可能意外退出了。</translation>
    </message>
    <message>
        <source>The article was saved elsewhere since. Recovering puts your text back in the editor; Undo returns to the saved one.</source>
        <translation>此后该稿件已在别处被保存。恢复会将您的文本放回编辑器；撤销可返回已保存的文本。</translation>
    </message>
    <message>
        <source>Recovering puts your text back in the editor; Undo returns to the saved one.</source>
        <translation>恢复会将您的文本放回编辑器；撤销可返回已保存的文本。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Pasted. Removed what articles cannot hold: %1.</source>
        <translation>已粘贴。已移除稿件不支持的内容：%1。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <source>Applied. Removed what articles cannot hold: %1.</source>
        <translation>已应用。已移除稿件不支持的内容：%1。</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>编辑链接</translation>
    </message>
    <message>
        <source>Web address (http, https) or e-mail address:</source>
        <translation>网址（http、https）或电子邮件地址：</translation>
    </message>
    <message>
        <source>“%1” is not a web or e-mail address. Links start with http://, https:// or mailto:.</source>
        <translation>“%1”不是网址或电子邮件地址。链接应以 http://、https:// 或 mailto: 开头。</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it:</source>
        <translation>为无法看到图片的读者描述这张图片：</translation>
    </message>
    <message>
        <source>%1 is not an image Galley can read.</source>
        <translation>%1 不是 Galley 能够读取的图片。</translation>
    </message>
    <message>
        <source>The image could not be stored: %1</source>
        <translation>无法保存图片：%1</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>稿件正文</translation>
    </message>
    <message>
        <source>The article could not be saved, so suggest mode stays off.</source>
        <translation>文章未能保存，因此建议模式保持关闭。</translation>
    </message>
</context>
<context>
    <name>galley::ExportCli</name>
    <message>
        <source>Try &apos;galley export --help&apos;.</source>
        <translation>请尝试“galley export --help”。</translation>
    </message>
    <message>
        <source>Exports articles as HTML pages, a site bundle, IPTC ninjs, plain text or PDF.</source>
        <translation>将稿件导出为 HTML 页面、站点包、IPTC ninjs、纯文本或 PDF。</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The newsroom file.</source>
        <translation>新闻库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>An article to export (repeat, or separate with commas).</source>
        <translation>要导出的稿件（可重复指定，或用逗号分隔）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Export the articles in this state (draft, in_review, approved, published, ...).</source>
        <translation>导出处于此状态的稿件（draft、in_review、approved、published……）。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Export every article that is not in the trash.</source>
        <translation>导出不在回收站中的所有稿件。</translation>
    </message>
    <message>
        <source>html, site, ninjs, text or pdf.</source>
        <translation>html、site、ninjs、text 或 pdf。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The output folder (created when missing).</source>
        <translation>输出文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>A template folder instead of the built-in one.</source>
        <translation>使用此模板文件夹代替内置模板。</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese: s2t, s2tw or s2hk.</source>
        <translation>转换为繁体中文：s2t、s2tw 或 s2hk。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Full-width punctuation after Chinese text.</source>
        <translation>中文文字后使用全角标点。</translation>
    </message>
    <message>
        <source>Worker threads (default 1; 0 = one per core).</source>
        <translation>工作线程数（默认 1；0 表示每个处理器核心一个）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Overwrite files in the output folder that Galley did not write.</source>
        <translation>覆盖输出文件夹中并非由 Galley 写入的文件。</translation>
    </message>
    <message>
        <source>The absolute URL the output will be published under.</source>
        <translation>输出内容将发布到的绝对网址。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation>必须指定 --db。</translation>
    </message>
    <message>
        <source>--format is required.</source>
        <translation>必须指定 --format。</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>必须指定 --out。</translation>
    </message>
    <message>
        <source>Not an article id: %1</source>
        <translation>不是稿件编号：%1</translation>
    </message>
    <message>
        <source>Unknown state: %1</source>
        <translation>未知状态：%1</translation>
    </message>
    <message>
        <source>Choose exactly one of --id, --status and --all.</source>
        <translation>--id、--status 和 --all 三者只能且必须选择一个。</translation>
    </message>
    <message>
        <source>Unknown format: %1 (html, site, ninjs, text or pdf).</source>
        <translation>未知格式：%1（可用 html、site、ninjs、text 或 pdf）。</translation>
    </message>
    <message>
        <source>Unknown OpenCC profile: %1 (s2t, s2tw or s2hk).</source>
        <translation>未知的 OpenCC 配置：%1（可用 s2t、s2tw 或 s2hk）。</translation>
    </message>
    <message>
        <source>--jobs takes a number from 0 to 64.</source>
        <translation>--jobs 的取值应为 0 到 64 之间的数字。</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s) as %1 to %2</source>
        <translation>
            <numerusform>正在将 %n 篇稿件以 %1 格式导出到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 articles could not be exported.</source>
        <translation>%2 篇稿件中有 %1 篇无法导出。</translation>
    </message>
    <message>
        <source>Refuse articles with copy-desk findings of this severity or above (error, warning or info); the others are exported.</source>
        <translation>不导出含有该严重程度及以上校对问题的稿件（error、warning 或 info）；其他稿件照常导出。</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Unknown severity for --lint: %1 (error, warning or info).</source>
        <translation>--lint 的严重程度未知：%1（error、warning 或 info）。</translation>
    </message>
    <message numerus="yes">
        <source>%n held back by the copy desk (--lint %1): %2.</source>
        <translation>
            <numerusform>其中 %n 篇被校对拦下（--lint %1）：%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportDialog</name>
    <message>
        <source>Export Articles</source>
        <translation>导出稿件</translation>
    </message>
    <message>
        <source>&amp;Current article</source>
        <translation>当前稿件(&amp;C)</translation>
    </message>
    <message>
        <source>Articles selected in the &amp;list</source>
        <translation>列表中选中的稿件(&amp;L)</translation>
    </message>
    <message>
        <source>Articles by &amp;status:</source>
        <translation>按状态选择稿件(&amp;S)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Articles to export</source>
        <translation>要导出的稿件</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>HTML pages</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>Site bundle (index, pages, style sheet, images)</source>
        <translation>站点包（索引、页面、样式表、图片）</translation>
    </message>
    <message>
        <source>NINJS JSON (IPTC)</source>
        <translation>NINJS JSON（IPTC）</translation>
    </message>
    <message>
        <source>Plain text (wire copy)</source>
        <translation>纯文本（通稿格式）</translation>
    </message>
    <message>
        <source>PDF proof</source>
        <translation>PDF 校样</translation>
    </message>
    <message>
        <source>Convert to &amp;Traditional Chinese:</source>
        <translation>转换为繁体中文(&amp;T)：</translation>
    </message>
    <message>
        <source>Conversion profile</source>
        <translation>转换方案</translation>
    </message>
    <message>
        <source>Traditional (OpenCC s2t)</source>
        <translation>繁体（OpenCC s2t）</translation>
    </message>
    <message>
        <source>Taiwan (OpenCC s2tw)</source>
        <translation>台湾正体（OpenCC s2tw）</translation>
    </message>
    <message>
        <source>Hong Kong (OpenCC s2hk)</source>
        <translation>香港繁体（OpenCC s2hk）</translation>
    </message>
    <message>
        <source>Fix Chinese &amp;punctuation (full-width marks, quotes, ellipses)</source>
        <translation>修正中文标点(&amp;P)（全角标点、引号、省略号）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>格式(&amp;R)：</translation>
    </message>
    <message>
        <source>Transforms:</source>
        <translation>转换：</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <source>A folder with article.mustache, index.mustache and style.css; empty for the built-in template</source>
        <translation>包含 article.mustache、index.mustache 和 style.css 的文件夹；留空则使用内置模板</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose template folder</source>
        <translation>选择模板文件夹</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>编辑模板(&amp;E)…</translation>
    </message>
    <message>
        <source>Folder to write the files to</source>
        <translation>写入文件的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for output folder</source>
        <translation>浏览输出文件夹</translation>
    </message>
    <message>
        <source>Over&amp;write files in the folder that Galley did not write</source>
        <translation>覆盖文件夹中并非由 Galley 写入的文件(&amp;W)</translation>
    </message>
    <message>
        <source>Off: a file of someone else&apos;s in the way stops the export before anything is written</source>
        <translation>不勾选时：若有他人的文件挡路，导出会在写入任何文件之前停止</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>模板(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>导出问题</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Stop after the article being written; files already written stay complete</source>
        <translation>写完当前这篇后停止；已写入的文件保持完整</translation>
    </message>
    <message>
        <source>Galley Export</source>
        <translation>Galley 导出</translation>
    </message>
    <message>
        <source>&amp;Current article: “%1”</source>
        <translation>当前稿件(&amp;C)：“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Articles selected in the &amp;list (%n)</source>
        <translation>
            <numerusform>列表中选中的稿件(&amp;L)（%n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部稿件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation>正在统计稿件…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) will be exported.</source>
        <translation>
            <numerusform>将导出 %n 篇稿件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No article is open in the editor</source>
        <translation>编辑器中没有打开的稿件</translation>
    </message>
    <message>
        <source>No articles are selected in the list</source>
        <translation>列表中没有选中的稿件</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>模板文件夹</translation>
    </message>
    <message>
        <source>Choose an output folder for the export.</source>
        <translation>请为导出选择输出文件夹。</translation>
    </message>
    <message>
        <source>No article is open in the editor.</source>
        <translation>编辑器中没有打开的稿件。</translation>
    </message>
    <message>
        <source>No articles are selected in the list.</source>
        <translation>列表中没有选中的稿件。</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>Cancelling after the article being written…</source>
        <translation>写完当前这篇后取消…</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>没有符合条件的稿件。</translation>
    </message>
    <message>
        <source>Written %1 of %2: %3</source>
        <translation>已写入 %1 / %2：%3</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>没有导出任何稿件。</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n article(s) written to %1 before stopping; no file was left half-written.</source>
        <translation>
            <numerusform>导出已取消：停止前已将 %n 篇稿件写入 %1；没有留下写了一半的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 篇稿件导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be exported.</source>
        <translation>
            <numerusform>%n 篇稿件未能导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Hold back articles with copy-&amp;desk errors</source>
        <translation>暂不导出有校对错误的稿件(&amp;D)</translation>
    </message>
    <message>
        <source>An article with a copy-desk finding of error severity (half-width punctuation, unpaired quotation marks, a misspelt word…) that nobody ignored is not exported and is named in the report; the others are</source>
        <translation>含有错误级校对问题（半角标点、引号不成对、拼错的单词……）且无人忽略的稿件不导出，并在报告中列出；其他稿件照常导出</translation>
    </message>
    <message numerus="yes">
        <source>%n held back by the copy desk for errors: %1.</source>
        <translation>
            <numerusform>其中 %n 篇因校对错误暂不导出：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportSelector</name>
    <message>
        <source>Nothing to export: choose articles by id, by status or all of them.</source>
        <translation>没有要导出的内容：请按编号、按状态选择稿件，或选择全部稿件。</translation>
    </message>
    <message>
        <source>Choose articles either by id, by status or all of them, not several at once.</source>
        <translation>请按编号、按状态或全部中的一种方式选择稿件，不能同时使用多种方式。</translation>
    </message>
    <message>
        <source>Article %1 is in the trash; restore it to export it.</source>
        <translation>稿件 %1 在回收站中；请先还原再导出。</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>不存在编号为 %1 的稿件。</translation>
    </message>
</context>
<context>
    <name>galley::ExportTemplate</name>
    <message>
        <source>Template error in %1: %2.</source>
        <translation>%1 中的模板错误：%2。</translation>
    </message>
    <message>
        <source>Template error in %1, line %2, at %3: %4.</source>
        <translation>%1 第 %2 行 %3 处的模板错误：%4。</translation>
    </message>
    <message>
        <source>a template cannot include itself</source>
        <translation>模板不能包含自身</translation>
    </message>
    <message>
        <source>there is no partial %1 in the template folder</source>
        <translation>模板文件夹中没有片段模板 %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>模板文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The built-in export template is missing (Galley was built without its resources).</source>
        <translation>缺少内置导出模板（构建 Galley 时未包含其资源）。</translation>
    </message>
    <message>
        <source>The template folder %1 has no %2.</source>
        <translation>模板文件夹 %1 中没有 %2。</translation>
    </message>
    <message>
        <source>The template folder has no %1.</source>
        <translation>模板文件夹中没有 %1。</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside the template folder; Galley reads templates and their files from the folder itself.</source>
        <translation>%1 是指向模板文件夹之外 %2 的链接；Galley 只读取模板文件夹本身中的模板及其文件。</translation>
    </message>
    <message>
        <source>%1 produced an empty page.</source>
        <translation>%1 生成了空白页面。</translation>
    </message>
</context>
<context>
    <name>galley::ExportWriter</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Galley does not write through links.</source>
        <translation>%1 是符号链接；Galley 不会通过链接写入。</translation>
    </message>
    <message>
        <source>%1 is not a Galley export manifest; refusing to write into that folder.</source>
        <translation>%1 不是 Galley 导出清单；拒绝写入该文件夹。</translation>
    </message>
    <message>
        <source>%1 exists and is not a file.</source>
        <translation>%1 已存在且不是文件。</translation>
    </message>
    <message>
        <source>%1 was changed since Galley wrote it; it is not overwritten unless you allow it (Export dialog option, or --force).</source>
        <translation>%1 在 Galley 写入后已被修改；除非您允许（导出对话框中的选项，或 --force），否则不会覆盖它。</translation>
    </message>
    <message>
        <source>%1 was not written by Galley; it is not overwritten unless you allow it (Export dialog option, or --force).</source>
        <translation>%1 不是由 Galley 写入的；除非您允许（导出对话框中的选项，或 --force），否则不会覆盖它。</translation>
    </message>
    <message>
        <source>Refusing to write %1: not a safe file name.</source>
        <translation>拒绝写入 %1：文件名不安全。</translation>
    </message>
    <message>
        <source>The output folder is not open.</source>
        <translation>输出文件夹未打开。</translation>
    </message>
    <message>
        <source>Refusing to write %1: its folder is a link or lies outside the output folder.</source>
        <translation>拒绝写入 %1：其所在文件夹是链接，或位于输出文件夹之外。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>cannot rename the temporary file</source>
        <translation>无法重命名临时文件</translation>
    </message>
    <message>
        <source>Another export is writing into %1 (process %2 on %3); try again when it has finished.</source>
        <translation>另一个导出正在写入 %1（%3 上的进程 %2）；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Cannot lock the output folder %1 for the export.</source>
        <translation>无法为导出锁定输出文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already holds files Galley did not write (%2); export into an empty folder, or allow overwriting (Export dialog option, or --force).</source>
        <translation>%1 中已有不是 Galley 写入的文件（%2）；请导出到空文件夹，或允许覆盖（导出对话框选项，或 --force）。</translation>
    </message>
    <message>
        <source>Cannot write the export manifest: %1</source>
        <translation>无法写入导出清单：%1</translation>
    </message>
</context>
<context>
    <name>galley::Exporter</name>
    <message>
        <source>Article %1 could not be read: %2</source>
        <translation>无法读取稿件 %1：%2</translation>
    </message>
    <message>
        <source>The index page was not written: %1</source>
        <translation>未写入索引页：%1</translation>
    </message>
    <message>
        <source>Choose an output folder for the export.</source>
        <translation>请为导出选择输出文件夹。</translation>
    </message>
    <message>
        <source>There is no newsroom file at %1.</source>
        <translation>%1 处没有新闻库文件。</translation>
    </message>
    <message>
        <source>PDF export needs Galley&apos;s graphical libraries (QtWebEngine); no PDF printer is available here.</source>
        <translation>PDF 导出需要 Galley 的图形库（QtWebEngine）；此处没有可用的 PDF 打印器。</translation>
    </message>
    <message>
        <source>%1: the copy desk’s house style and ignored findings cannot be read: %2.</source>
        <translation>%1：无法读取校对的本社体例和已忽略的校对结果：%2。</translation>
    </message>
    <message>
        <source>%1 (its house style)</source>
        <translation>%1（其本社体例）</translation>
    </message>
</context>
<context>
    <name>galley::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ 个匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>无效的表达式：%1</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要查找的文本</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>galley::FocusCycle</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>下一窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane: list, fields, text, review</source>
        <translation>将键盘焦点移到下一个窗格：列表、字段、正文、审核</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一窗格(&amp;V)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>将键盘焦点移到上一个窗格</translation>
    </message>
</context>
<context>
    <name>galley::HistoryPanel</name>
    <message>
        <source>Older</source>
        <translation>较旧</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Select a revision to see what it changed, or two to compare them</source>
        <translation>选择一个修订版本查看其改动，或选择两个进行比较</translation>
    </message>
    <message>
        <source>Compare with &amp;Current</source>
        <translation>与当前文本比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the selected revision with the text in the editor</source>
        <translation>将选中的修订版本与编辑器中的文本进行比较</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>还原(&amp;S)…</translation>
    </message>
    <message>
        <source>Make the selected revision the current text (the current text stays in the history)</source>
        <translation>将选中的修订版本设为当前文本（当前文本会保留在历史记录中）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>流转</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>no change in the text</source>
        <translation>文本无改动</translation>
    </message>
    <message>
        <source>%1 characters inserted, %2 deleted</source>
        <translation>插入 %1 个字符，删除 %2 个字符</translation>
    </message>
    <message>
        <source>Revision %1 → revision %2</source>
        <translation>修订版本 %1 → 修订版本 %2</translation>
    </message>
    <message>
        <source>Revision %1 → the text in the editor</source>
        <translation>修订版本 %1 → 编辑器中的文本</translation>
    </message>
    <message>
        <source>Restore Revision %1</source>
        <translation>还原修订版本 %1</translation>
    </message>
    <message>
        <source>Revision %1 of %2 by %3 becomes the current text. The text now in the editor is kept in the history%4. These are the changes it makes (struck out: text that goes; green: text that comes back):</source>
        <translation>%3 于 %2 保存的修订版本 %1 将成为当前文本。编辑器中现有的文本将保留在历史记录中%4。以下是此操作带来的改动（删除线：将被移除的文本；绿色：将恢复的文本）：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>, your unsaved edits included</source>
        <translation>，包括您未保存的修改</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Not restored: the current text could not be saved first.</source>
        <translation>未还原：无法先保存当前文本。</translation>
    </message>
    <message>
        <source>Revision %1 restored as revision %2.</source>
        <translation>已将修订版本 %1 还原为修订版本 %2。</translation>
    </message>
    <message>
        <source>Not restored: the article was changed elsewhere since it was opened. Nothing was replaced; open it again to see the newer text.</source>
        <translation>未还原：稿件打开后已在别处被修改。未替换任何内容；请重新打开以查看较新的文本。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未还原：%1</translation>
    </message>
    <message numerus="yes">
        <source>… %n characters unchanged …</source>
        <translation>
            <numerusform>…… %n 个字符未改动 ……</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged lines …</source>
        <translation>
            <numerusform>…… %n 行未改动 ……</numerusform>
        </translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>正在比较……</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Changes from the previous revision</source>
        <translation>与上一版本相比的改动</translation>
    </message>
    <message>
        <source>What the revision changed in the text</source>
        <translation>此修订版本对正文的改动</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>The HTML of the two revisions side by side</source>
        <translation>两个修订版本的 HTML 并排对比</translation>
    </message>
    <message>
        <source>HTML of the two revisions side by side</source>
        <translation>两个修订版本的 HTML 并排对比</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>The article’s workflow: who moved it, when, and why</source>
        <translation>稿件的工作流程：由谁、在何时、因何推进</translation>
    </message>
    <message>
        <source>Workflow timeline</source>
        <translation>工作流程时间线</translation>
    </message>
</context>
<context>
    <name>galley::HouseStyle</name>
    <message>
        <source>not JSON (%1 at byte %2).</source>
        <translation>不是 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>the house style must be a JSON object.</source>
        <translation>本社体例必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>unknown field (the house style has &quot;rules&quot;).</source>
        <translation>未知字段（本社体例只有 &quot;rules&quot;）。</translation>
    </message>
    <message>
        <source>must be an object of rule ids.</source>
        <translation>必须是以规则 ID 为键的对象。</translation>
    </message>
    <message>
        <source>unknown rule.</source>
        <translation>未知规则。</translation>
    </message>
    <message>
        <source>must be an object with &quot;enabled&quot; and &quot;severity&quot;.</source>
        <translation>必须是含 &quot;enabled&quot; 和 &quot;severity&quot; 的对象。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须是 true 或 false。</translation>
    </message>
    <message>
        <source>must be &quot;error&quot;, &quot;warning&quot; or &quot;info&quot;.</source>
        <translation>必须是 &quot;error&quot;、&quot;warning&quot; 或 &quot;info&quot;。</translation>
    </message>
    <message>
        <source>unknown field (&quot;enabled&quot; or &quot;severity&quot;).</source>
        <translation>未知字段（应为 &quot;enabled&quot; 或 &quot;severity&quot;）。</translation>
    </message>
</context>
<context>
    <name>galley::HouseStylePage</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>No newsroom is open: the standards’ rules apply.</source>
        <translation>未打开新闻库：按国家标准的规则检查。</translation>
    </message>
    <message>
        <source>The newsroom’s house style cannot be read.</source>
        <translation>无法读取新闻库的本社体例。</translation>
    </message>
    <message>
        <source>the newsroom’s house style</source>
        <translation>新闻库的本社体例</translation>
    </message>
    <message>
        <source>Saving here replaces it.</source>
        <translation>在此保存将替换它。</translation>
    </message>
    <message>
        <source>The newsroom is open read-only: its house style is shown, not changed.</source>
        <translation>新闻库以只读方式打开：本社体例只能查看，不能更改。</translation>
    </message>
    <message>
        <source>The team newsroom’s house style is set by a chief (galley_chief); it is shown here.</source>
        <translation>团队新闻库的本社体例由主编（galley_chief）设定，此处仅供查看。</translation>
    </message>
    <message>
        <source>The copy desk’s rules for this newsroom, shared by everyone who opens it. A rule that is off is not checked; the severity sets the underline’s colour and whether an export with “refuse errors” stops.</source>
        <translation>本新闻库的校对规则，打开它的每个人共用。关闭的规则不检查；严重程度决定下划线的颜色，以及设置了“拒绝错误”的导出是否停止。</translation>
    </message>
    <message>
        <source>Severity of “%1”</source>
        <translation>“%1”的严重程度</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Reads a house-style file (JSON) into this page</source>
        <translation>将本社体例文件（JSON）读入此页</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Writes this house style to a file (JSON) for another newsroom or galley lint</source>
        <translation>将此本社体例写入文件（JSON），供其他新闻库或 galley lint 使用</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Import House Style</source>
        <translation>导入本社体例</translation>
    </message>
    <message>
        <source>House style (*.json);;All files (*)</source>
        <translation>本社体例 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The house style was not imported: %1</source>
        <translation>本社体例未导入：%1</translation>
    </message>
    <message>
        <source>Export House Style</source>
        <translation>导出本社体例</translation>
    </message>
    <message>
        <source>house-style.json</source>
        <translation>本社体例.json</translation>
    </message>
    <message>
        <source>The house style was not exported: %1</source>
        <translation>本社体例未导出：%1</translation>
    </message>
</context>
<context>
    <name>galley::HtmlLimits</name>
    <message>
        <source>its HTML has %1 tags, more than the %2 Galley reads in one document</source>
        <translation>其 HTML 有 %1 个标签，超过 Galley 在一个文档中读取的上限（%2 个）</translation>
    </message>
    <message>
        <source>one of its HTML tags has %1 attributes, more than the %2 Galley reads on one element</source>
        <translation>其中一个 HTML 标签有 %1 个属性，超过 Galley 在一个元素上读取的上限（%2 个）</translation>
    </message>
</context>
<context>
    <name>galley::Importer</name>
    <message>
        <source>the text encoding %1 is not supported (save the file as UTF-8)</source>
        <translation>不支持文本编码 %1（请将文件另存为 UTF-8）</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (damaged or truncated text on line %1)</source>
        <translation>文件不是有效的 UTF-8（第 %1 行文本损坏或被截断）</translation>
    </message>
    <message>
        <source>the file contains no text</source>
        <translation>文件中没有文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte-order mark but is not valid %1</source>
        <translation>文件以 %1 字节顺序标记开头，但不是有效的 %1</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>文件是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>the bytes are not valid in any supported encoding (UTF-8, UTF-16, GB18030/GBK)</source>
        <translation>文件内容不符合任何支持的编码（UTF-8、UTF-16、GB18030/GBK）</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2.</source>
        <translation>无法导入“%1”：%2。</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>only .txt, .html, .htm, .md and .markdown files can be imported</source>
        <translation>只能导入 .txt、.html、.htm、.md 和 .markdown 文件</translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or socket)</source>
        <translation>它不是普通文件（而是管道、设备或套接字）</translation>
    </message>
    <message>
        <source>%1: could not be stored in “%2”: %3.</source>
        <translation>%1：无法存入“%2”：%3。</translation>
    </message>
</context>
<context>
    <name>galley::Lint</name>
    <message>
        <source>Galley copy desk</source>
        <translation>校对</translation>
    </message>
    <message>
        <source>Half-width punctuation in Chinese text</source>
        <translation>中文中使用了半角标点</translation>
    </message>
    <message>
        <source>Paragraph without sentence-final punctuation</source>
        <translation>段末缺少句末标点</translation>
    </message>
    <message>
        <source>Unpaired or mis-nested quotation marks and brackets</source>
        <translation>引号、括号不成对或嵌套错误</translation>
    </message>
    <message>
        <source>Repeated punctuation</source>
        <translation>标点重复</translation>
    </message>
    <message>
        <source>Ellipsis written with dots or full stops</source>
        <translation>省略号误用点号或句号</translation>
    </message>
    <message>
        <source>Dash written with hyphens</source>
        <translation>破折号误用连字符</translation>
    </message>
    <message>
        <source>Space before or after full-width punctuation</source>
        <translation>全角标点前后有空格</translation>
    </message>
    <message>
        <source>Full-width digits or Latin letters</source>
        <translation>全角数字或拉丁字母</translation>
    </message>
    <message>
        <source>Range with its unit only at the end</source>
        <translation>数值范围只在末尾标单位</translation>
    </message>
    <message>
        <source>Year written with two digits</source>
        <translation>年份只写两位数</translation>
    </message>
    <message>
        <source>Full-width “%1”: digits and Latin letters are written half-width (“%2”).</source>
        <translation>全角“%1”：数字和拉丁字母应使用半角（“%2”）。</translation>
    </message>
    <message>
        <source>The range “%1” gives its unit only at the end: write “%2”.</source>
        <translation>数值范围“%1”只在末尾标了单位：应写作“%2”。</translation>
    </message>
    <message>
        <source>“%1”: write the year with all four digits (1998年, not 98年).</source>
        <translation>“%1”：年份应写全四位数字（1998年，而非98年）。</translation>
    </message>
    <message>
        <source>Half-width “%1” in Chinese text: use the full-width “%2”.</source>
        <translation>中文中的半角“%1”：应使用全角“%2”。</translation>
    </message>
    <message>
        <source>The paragraph ends without sentence-final punctuation (such as “。”, “！”, “？” or “”” after a quotation).</source>
        <translation>段末缺少句末标点（如“。”“！”“？”，或引文后的“””）。</translation>
    </message>
    <message>
        <source>“%1” is not closed before “%2” closes the mark around it: the marks are mis-nested.</source>
        <translation>“%1”未在外层的“%2”之前闭合：标点嵌套错误。</translation>
    </message>
    <message>
        <source>“%1” closes nothing: there is no “%2” before it in this paragraph.</source>
        <translation>“%1”没有对应的前半：本段中它之前没有“%2”。</translation>
    </message>
    <message>
        <source>“%1” is never closed: there is no “%2” after it in this paragraph.</source>
        <translation>“%1”没有闭合：本段中它之后没有“%2”。</translation>
    </message>
    <message>
        <source>Repeated punctuation “%1”: one “%2” is enough.</source>
        <translation>标点重复“%1”：一个“%2”即可。</translation>
    </message>
    <message>
        <source>Repeated punctuation “%1”: news copy uses one mark (“%2”).</source>
        <translation>标点重复“%1”：新闻稿只用一个标点（“%2”）。</translation>
    </message>
    <message>
        <source>“%1” in Chinese text: the ellipsis is “……”.</source>
        <translation>中文中的“%1”：省略号应为“……”。</translation>
    </message>
    <message>
        <source>“%1” in Chinese text: the dash is “——”.</source>
        <translation>中文中的“%1”：破折号应为“——”。</translation>
    </message>
    <message>
        <source>Space next to the full-width “%1”: full-width punctuation takes no spaces.</source>
        <translation>全角“%1”旁有空格：全角标点前后不加空格。</translation>
    </message>
    <message>
        <source>No space between Chinese and Latin letters or digits (house option)</source>
        <translation>中文与拉丁字母或数字之间没有空格（本社选项）</translation>
    </message>
    <message>
        <source>House style: a space between Chinese and Latin letters or digits (“%1 %2”).</source>
        <translation>本社体例：中文与拉丁字母或数字之间加空格（“%1 %2”）。</translation>
    </message>
    <message>
        <source>“%1” is not in the %2 dictionary.</source>
        <translation>“%1”不在 %2 词典中。</translation>
    </message>
    <message>
        <source>Latin word not in the spelling dictionary</source>
        <translation>拉丁字母单词不在拼写词典中</translation>
    </message>
</context>
<context>
    <name>galley::LintCli</name>
    <message>
        <source>Fix: “%1”.</source>
        <translation>修正：“%1”。</translation>
    </message>
    <message>
        <source>article %1, %2–%3: %4 %5: “%6” %7</source>
        <translation>稿件 %1，%2–%3：%4 %5：“%6” %7</translation>
    </message>
    <message>
        <source>(fix: “%1”)</source>
        <translation>（修正：“%1”）</translation>
    </message>
    <message numerus="yes">
        <source>Copy desk: %n safe fix(es)</source>
        <translation>
            <numerusform>校对：%n 处安全修正</numerusform>
        </translation>
    </message>
    <message>
        <source>article %1: the fixes were not saved: %2</source>
        <translation>稿件 %1：修正未能保存：%2</translation>
    </message>
    <message numerus="yes">
        <source>galley: article %1: %n fix(es) saved as revision %2 by %3.</source>
        <translation>
            <numerusform>galley：稿件 %1：%n 处修正已由%3保存为修订版本 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Text as checked by %1</source>
        <translation>%1检查时的文本</translation>
    </message>
    <message>
        <source>article %1: the comment was not saved: %2</source>
        <translation>稿件 %1：批注未能保存：%2</translation>
    </message>
    <message numerus="yes">
        <source>galley: article %1: %n comment(s) added, %2 already there.</source>
        <translation>
            <numerusform>galley：稿件 %1：新增 %n 条批注，已有 %2 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsroom database file or team server.</source>
        <translation>编辑部数据库文件或团队服务器。</translation>
    </message>
    <message>
        <source>file|URI</source>
        <translation>文件|URI</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Article id (repeat the option, or separate ids by commas).</source>
        <translation>稿件 ID（可重复此选项，或以逗号分隔多个 ID）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Every article in this state (draft, in_review, changes_requested, approved, published, archived).</source>
        <translation>处于此状态的所有稿件（draft、in_review、changes_requested、approved、published、archived）。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Every article not in the trash.</source>
        <translation>回收站以外的所有稿件。</translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation>输出 JSON 行。</translation>
    </message>
    <message>
        <source>Apply every safe fix of an article as one revision by the copy desk, then report what is left.</source>
        <translation>把一篇稿件的全部安全修正作为校对的一个修订版本保存，再报告剩下的问题。</translation>
    </message>
    <message>
        <source>Leave each finding as a comment by the copy desk (none twice: a re-run adds only new ones).</source>
        <translation>把每个问题作为校对的批注留下（不会重复：再次运行只添加新的）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation>必须指定 --db。</translation>
    </message>
    <message>
        <source>say which articles: one of --id, --status or --all.</source>
        <translation>请指定稿件：--id、--status 或 --all 之一。</translation>
    </message>
    <message>
        <source>--id needs a positive number, not &quot;%1&quot;.</source>
        <translation>--id 需要一个正整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>article %1 is in the trash.</source>
        <translation>稿件 %1 在回收站中。</translation>
    </message>
    <message>
        <source>%1: there is no article with id %2.</source>
        <translation>%1：不存在 ID 为 %2 的稿件。</translation>
    </message>
    <message>
        <source>House style (JSON) to check against; default: the newsroom&apos;s (Preferences &gt; House Style), else the standards.</source>
        <translation>检查所依据的本社体例（JSON）；默认：新闻库的本社体例（首选项 &gt; 本社体例），没有则按国家标准。</translation>
    </message>
    <message>
        <source>%1: the house style cannot be read: %2.</source>
        <translation>%1：无法读取本社体例：%2。</translation>
    </message>
    <message>
        <source>%1 (its house style)</source>
        <translation>%1（其本社体例）</translation>
    </message>
    <message>
        <source>Suggestions: %1.</source>
        <translation>建议：%1。</translation>
    </message>
    <message>
        <source>(suggestions: %1)</source>
        <translation>（建议：%1）</translation>
    </message>
    <message>
        <source>article %1: the copy desk’s memory cannot be read: %2.</source>
        <translation>稿件 %1：无法读取校对记录：%2。</translation>
    </message>
    <message>
        <source>article %1: %2.</source>
        <translation>稿件 %1：%2。</translation>
    </message>
    <message>
        <source>Checks articles against the house style (Chinese punctuation, GB/T 15834; numbers, GB/T 15835) and the spelling of their Latin words (Hunspell, in the language chosen for the article, else its text&apos;s; the newsroom&apos;s dictionary too; Chinese is not spell-checked), leaving out the findings an editor ignored, and prints each finding: with --json as JSON lines {article_id, rule, severity, start, end, text, message, fix}, offsets in code points of the body text, fix null where a person must decide; a spelling finding also has suggestions, and --fix never changes a spelling.
Exit status: 0 when no finding of error severity is left, 1 when some are (or on a failure), 2 on a usage error.</source>
        <translation>按本社体例（中文标点 GB/T 15834，数字 GB/T 15835）检查稿件，并检查其中拉丁字母单词的拼写（Hunspell，按为稿件选定的语言，未选定时按正文的语言；也认新闻库词典；中文不做拼写检查），略去编辑已忽略的校对结果，逐条输出问题：加 --json 时每行一个 JSON 对象 {article_id, rule, severity, start, end, text, message, fix}，偏移量为正文文本中的码位，需由人判断时 fix 为 null；拼写问题另有 suggestions（建议），--fix 从不改动拼写。
退出状态：没有“错误”级别的问题时为 0，有（或操作失败）时为 1，用法错误为 2。</translation>
    </message>
    <message>
        <source>%1: the newsroom’s dictionary cannot be read: %2.</source>
        <translation>%1：无法读取新闻库词典：%2。</translation>
    </message>
</context>
<context>
    <name>galley::LiveUpdates</name>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 moved this article to the trash.</source>
        <translation>%1 已将本文移入回收站。</translation>
    </message>
    <message>
        <source>%1 saved a newer version; it is shown now.</source>
        <translation>%1 保存了更新的版本，现已显示。</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Show what differs between the saved version and your text</source>
        <translation>显示已保存版本与您的文本之间的差异</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved version; your unsaved text is kept in the history</source>
        <translation>显示已保存的版本；您未保存的文本会保留在历史记录中</translation>
    </message>
    <message>
        <source>%1 saved a newer version. Your next save merges it with your changes where they do not overlap.</source>
        <translation>%1 保存了更新的版本。您下次保存时，互不重叠的修改会与您的修改合并。</translation>
    </message>
    <message>
        <source>Unsaved text kept when reloading version %1</source>
        <translation>重新载入版本 %1 时保留的未保存文本</translation>
    </message>
    <message>
        <source>Your text could not be kept in the history, so the newer version was not loaded: %1</source>
        <translation>无法将您的文本保留到历史记录中，因此未载入更新的版本：%1</translation>
    </message>
    <message>
        <source>Compare with the Saved Version</source>
        <translation>与已保存版本比较</translation>
    </message>
    <message>
        <source>Struck out: only in the version saved by the other person. Marked: only in your text.</source>
        <translation>删除线：仅见于对方保存的版本。标记：仅见于您的文本。</translation>
    </message>
    <message>
        <source>Differences between the saved version and your text</source>
        <translation>已保存版本与您的文本之间的差异</translation>
    </message>
    <message>
        <source>Team server unreachable — your edits are kept on this computer and saved when it is back.</source>
        <translation>无法连接团队服务器——您的编辑保留在本机上，恢复连接后即保存。</translation>
    </message>
    <message>
        <source>The team server is back.</source>
        <translation>团队服务器已恢复连接。</translation>
    </message>
</context>
<context>
    <name>galley::LockController</name>
    <message>
        <source>Others will not see that you have this article open: %1</source>
        <translation>其他人将看不到您打开了这篇稿件：%1</translation>
    </message>
    <message>
        <source>Others will not see that you are editing: %1</source>
        <translation>其他人将看不到您正在编辑：%1</translation>
    </message>
    <message>
        <source>The article could not be taken over: %1</source>
        <translation>无法接管这篇稿件：%1</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>无法向 %1 发出请求：%2</translation>
    </message>
    <message>
        <source>Kept when %1 took over</source>
        <translation>%1 接管时保留</translation>
    </message>
    <message>
        <source>%1 took over the article; your unsaved text was kept in its history.</source>
        <translation>%1 接管了这篇稿件；您未保存的文本已保留在其历史记录中。</translation>
    </message>
    <message>
        <source>%1 took over the article.</source>
        <translation>%1 接管了这篇稿件。</translation>
    </message>
    <message>
        <source>%1 keeps editing the article.</source>
        <translation>%1 继续编辑这篇稿件。</translation>
    </message>
</context>
<context>
    <name>galley::LockNotice</name>
    <message>
        <source>Editing lock</source>
        <translation>编辑锁</translation>
    </message>
    <message>
        <source>Others with this article open</source>
        <translation>打开这篇稿件的其他人</translation>
    </message>
    <message>
        <source>Ta&amp;ke Over</source>
        <translation>接管(&amp;K)</translation>
    </message>
    <message>
        <source>As&amp;k to Edit</source>
        <translation>请求编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Ha&amp;nd Over</source>
        <translation>交出(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Start Editing</source>
        <translation>开始编辑(&amp;S)</translation>
    </message>
    <message>
        <source>%1 took over this article at %2. Your unsaved text was kept in its history.</source>
        <translation>%1 于 %2 接管了这篇稿件。您未保存的文本已保留在其历史记录中。</translation>
    </message>
    <message>
        <source>%1 took over this article at %2.</source>
        <translation>%1 于 %2 接管了这篇稿件。</translation>
    </message>
    <message>
        <source>%1 asks to edit this article. Hand it over and your unsaved text is kept in its history.</source>
        <translation>%1 请求编辑这篇稿件。交出后，您未保存的文本将保留在其历史记录中。</translation>
    </message>
    <message>
        <source>You are editing this article in another Galley window since %1.</source>
        <translation>自 %1 起，您正在另一个 Galley 窗口中编辑这篇稿件。</translation>
    </message>
    <message>
        <source>%1 is editing since %2.</source>
        <translation>%1 自 %2 起正在编辑。</translation>
    </message>
    <message>
        <source>Nothing typed since %1.</source>
        <translation>自 %1 起没有输入。</translation>
    </message>
    <message>
        <source>The text is read-only here; comments still work.</source>
        <translation>此处正文为只读；仍可批注。</translation>
    </message>
    <message>
        <source>Asking %1 to hand the article over…</source>
        <translation>正在请 %1 交出这篇稿件…</translation>
    </message>
    <message>
        <source>Nobody is editing this article now.</source>
        <translation>现在没有人在编辑这篇稿件。</translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>同时打开：%1</translation>
    </message>
    <message>
        <source>Others who have this article open: %1</source>
        <translation>打开这篇稿件的其他人：%1</translation>
    </message>
</context>
<context>
    <name>galley::LockRepository</name>
    <message>
        <source>The lock changed hands while it was being taken.</source>
        <translation>取得编辑锁时，锁已转到他人手中。</translation>
    </message>
</context>
<context>
    <name>galley::Main</name>
    <message>
        <source>Galley</source>
        <translation>Galley</translation>
    </message>
    <message>
        <source>The demo newsroom could not be created: %1</source>
        <translation>无法创建演示新闻库：%1</translation>
    </message>
    <message>
        <source>PDF export as root needs QTWEBENGINE_DISABLE_SANDBOX=1 in the environment (WebEngine&apos;s sandbox does not run as root).</source>
        <translation>以 root 身份导出 PDF 时，需要在环境中设置 QTWEBENGINE_DISABLE_SANDBOX=1（WebEngine 的沙箱不能以 root 身份运行）。</translation>
    </message>
    <message>
        <source>Team Newsroom</source>
        <translation>团队新闻库</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>密码未被接受。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>signal %1: saving and closing.</source>
        <translation>信号 %1：正在保存并关闭。</translation>
    </message>
    <message>
        <source>the window was not closed; Galley goes on.</source>
        <translation>窗口未关闭；Galley 继续运行。</translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message>
        <source>%1 — Galley</source>
        <translation>%1 — Galley</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import wire copy (.txt, .html, .md) as new articles</source>
        <translation>将通稿（.txt、.html、.md）导入为新稿件</translation>
    </message>
    <message>
        <source>&amp;Open Newsroom…</source>
        <translation>打开新闻库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another newsroom database in a new window</source>
        <translation>在新窗口中打开另一个新闻库数据库</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>稿件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Article &amp;List</source>
        <translation>稿件列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation>关于 Galley(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Text statistics</source>
        <translation>文本统计</translation>
    </message>
    <message>
        <source>Newsroom database</source>
        <translation>新闻库数据库</translation>
    </message>
    <message>
        <source>%1 characters · %2 CJK · %3 words · %4 paragraphs · %5 min read</source>
        <translation>%1 字符 · %2 中日韩字 · %3 词 · %4 段 · 阅读约 %5 分钟</translation>
    </message>
    <message>
        <source>Import Wire Copy</source>
        <translation>导入通稿</translation>
    </message>
    <message>
        <source>Wire copy (*.txt *.html *.htm *.md *.markdown);;All files (*)</source>
        <translation>通稿 (*.txt *.html *.htm *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>已导入 %n 篇稿件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped by cancelling.</source>
        <translation>
            <numerusform>因取消而跳过了 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Newsroom</source>
        <translation>打开新闻库</translation>
    </message>
    <message>
        <source>Galley newsrooms (*.galley *.sqlite *.db);;All files (*)</source>
        <translation>Galley 新闻库 (*.galley *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Galley could not be started for %1.</source>
        <translation>无法为 %1 启动 Galley。</translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation>关于 Galley</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Galley %1&lt;/h3&gt;&lt;p&gt;A desktop newsroom editor: write, review and publish articles in Chinese and English.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Galley %1&lt;/h3&gt;&lt;p&gt;桌面新闻编辑系统：撰写、审核并发布中英文稿件。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export articles as HTML pages, a site, NINJS, plain text or PDF</source>
        <translation>将稿件导出为 HTML 页面、站点、NINJS、纯文本或 PDF</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>Galley stopped before these articles were saved. Their last edits were kept: open one to recover them or to discard them.</source>
        <translation>Galley 在保存以下稿件之前意外停止。它们最后的修改已被保留：打开一篇即可恢复或放弃这些修改。</translation>
    </message>
    <message>
        <source>Articles with unsaved changes</source>
        <translation>有未保存修改的稿件</translation>
    </message>
    <message>
        <source>%1 — edited %2</source>
        <translation>%1 — 编辑于 %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>Open &amp;Team Newsroom…</source>
        <translation>打开团队新闻库(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a newsroom on a PostgreSQL server in a new window</source>
        <translation>在新窗口中打开 PostgreSQL 服务器上的新闻库</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Open Team Newsroom</source>
        <translation>打开团队新闻库</translation>
    </message>
    <message>
        <source>Changes made by others will not show by themselves: %1</source>
        <translation>他人所做的更改不会自动显示：%1</translation>
    </message>
    <message>
        <source>%1 (read-only) — Galley</source>
        <translation>%1（只读）— Galley</translation>
    </message>
    <message>
        <source>%1 (read-only: Galley cannot write to this file or its folder)</source>
        <translation>%1（只读：Galley 无法写入此文件或其所在文件夹）</translation>
    </message>
    <message>
        <source>&amp;Set Name and Role…</source>
        <translation>设置姓名和角色(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keep “%1”</source>
        <translation>保留“%1”(&amp;K)</translation>
    </message>
    <message>
        <source>Welcome to Galley. Your comments and revisions will be signed “%1”. Is that the name your desk knows you by?</source>
        <translation>欢迎使用 Galley。您的批注和修订将署名为“%1”。这是编辑部同事熟悉的名字吗？</translation>
    </message>
    <message>
        <source>&amp;Copy Desk</source>
        <translation>校对(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Desk Overview</source>
        <translation>部门概览(&amp;D)</translation>
    </message>
    <message>
        <source>Charts of the newsroom for the chief: states per desk, the last 30 days, review times, open comments</source>
        <translation>供主编查看的编辑部图表：各部门稿件状态、最近 30 天、审核时长、未解决批注</translation>
    </message>
    <message>
        <source>List C&amp;olumns</source>
        <translation>列表栏目(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Review Comments and Suggestions</source>
        <translation>审阅批注和修改建议(&amp;R)</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>服务器连接</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>较新版本</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
</context>
<context>
    <name>galley::NewsroomActions</name>
    <message>
        <source>The history could not be recorded: %1</source>
        <translation>无法记录历史：%1</translation>
    </message>
    <message>
        <source>Text before the update</source>
        <translation>更新前的文本</translation>
    </message>
    <message>
        <source>Text as annotated by %1</source>
        <translation>%1 批注时的原文</translation>
    </message>
    <message>
        <source>Merged with version %1, overlapping edits chosen by hand</source>
        <translation>已与版本 %1 合并，重叠的修改由人工选定</translation>
    </message>
    <message>
        <source>Merged with version %1</source>
        <translation>已与版本 %1 合并</translation>
    </message>
    <message>
        <source>Merged with %1&apos;s version %2, overlapping edits chosen by hand</source>
        <translation>已与%1的版本 %2 合并，重叠的修改由人工选定</translation>
    </message>
    <message>
        <source>Merged with %1&apos;s version %2</source>
        <translation>已与%1的版本 %2 合并</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere, in the same paragraphs.</source>
        <translation>“%1”已在别处被修改，且改动了相同的段落。</translation>
    </message>
    <message>
        <source>The suggestions could not be placed on the saved text: %1</source>
        <translation>无法在保存后的正文上定位修改建议：%1</translation>
    </message>
    <message>
        <source>A suggestion proposes text on one line: no paragraphs, line breaks or images.</source>
        <translation>修改建议只能是一行文字：不能含段落、换行或图片。</translation>
    </message>
    <message>
        <source>The proposed text is empty.</source>
        <translation>建议的文字为空。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Suggestion %1 no longer fits the text: %2 is not there any more.</source>
        <translation>修改建议 %1 已对不上正文：%2 已不在文中。</translation>
    </message>
    <message>
        <source>Suggestions %1 and %2 change the same text: accept one, then the other.</source>
        <translation>修改建议 %1 和 %2 修改的是同一段文字：请先接受一条，再处理另一条。</translation>
    </message>
    <message>
        <source>Suggestion %1 asks for formatting Galley does not have (it has strong, em, u, s, sub and sup).</source>
        <translation>修改建议 %1 要求的格式 Galley 没有（只有 strong、em、u、s、sub 和 sup）。</translation>
    </message>
    <message>
        <source>Suggestion %1 spans more than one paragraph or an image; make that change in the editor.</source>
        <translation>修改建议 %1 跨越了多个段落或包含图片，请在编辑器中修改。</translation>
    </message>
    <message>
        <source>%1 (suggested by %2)</source>
        <comment>revision author: editor, reviewers</comment>
        <translation>%1（%2 建议）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>There is nothing to suggest.</source>
        <translation>没有要提出的修改建议。</translation>
    </message>
    <message>
        <source>The suggestion is not anchored on the text of “%1” as stored.</source>
        <translation>该修改建议没有定位在已保存的《%1》正文上。</translation>
    </message>
    <message>
        <source>A formatting suggestion names tags Galley has: strong, em, u, s, sub, sup.</source>
        <translation>格式修改建议只能使用 Galley 支持的标签：strong、em、u、s、sub、sup。</translation>
    </message>
    <message>
        <source>Text as %1 made suggestions on it</source>
        <translation>%1 提出修改建议时的正文</translation>
    </message>
    <message>
        <source>No suggestion was named.</source>
        <translation>没有指定修改建议。</translation>
    </message>
    <message>
        <source>There is no suggestion with id %1.</source>
        <translation>没有编号为 %1 的修改建议。</translation>
    </message>
    <message>
        <source>Suggestion %1 is already %2 (by %3).</source>
        <translation>修改建议 %1 已被%3%2。</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Suggestions %1 and %2 are on different articles: resolve them one article at a time.</source>
        <translation>修改建议 %1 和 %2 属于不同稿件：请逐篇处理。</translation>
    </message>
    <message>
        <source>Accepting a suggestion needs the editor&apos;s name.</source>
        <translation>接受修改建议需要编辑的姓名。</translation>
    </message>
    <message>
        <source>Article %1 is in the trash.</source>
        <translation>稿件 %1 在回收站中。</translation>
    </message>
    <message>
        <source>Accepted suggestion %1</source>
        <translation>接受修改建议 %1</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestions</source>
        <translation>
            <numerusform>接受了 %n 条修改建议</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was saved by someone else meanwhile: try again.</source>
        <translation>《%1》刚刚被其他人保存过：请再试一次。</translation>
    </message>
    <message>
        <source>Rejecting a suggestion needs the editor&apos;s name.</source>
        <translation>拒绝修改建议需要编辑的姓名。</translation>
    </message>
    <message>
        <source>The reply to suggestion %1 was not stored: its discussion kept changing while it was written. Try again.</source>
        <translation>对修改建议 %1 的回复未能保存：写入期间其讨论一直在变化。请重试。</translation>
    </message>
</context>
<context>
    <name>galley::NewsroomCopy</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot copy into “%1”: %2.</source>
        <translation>无法复制到“%1”：%2。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already holds %n article(s); a copy goes into an empty newsroom unless it merges.</source>
        <translation>
            <numerusform>“%1”中已有 %n 篇稿件；除非选择合并，否则只能复制到空的新闻库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection gives no access to its PostgreSQL handle</source>
        <translation>无法通过该连接访问 PostgreSQL 句柄</translation>
    </message>
    <message>
        <source>%1: %2 in the source, %3 copied</source>
        <translation>%1：源中有 %2，已复制 %3</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>workflow events</source>
        <translation>工作流程记录</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>related items</source>
        <translation>相关报道</translation>
    </message>
    <message>
        <source>the content checksums differ</source>
        <translation>内容校验和不一致</translation>
    </message>
    <message>
        <source>The copy in “%1” does not read back as its source (%2), so it was rolled back.</source>
        <translation>“%1”中的副本读回后与源不一致（%2），因此已回滚。</translation>
    </message>
    <message>
        <source>The newsroom is not open.</source>
        <translation>新闻库未打开。</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>ignored copy-desk findings</source>
        <translation>已忽略的校对结果</translation>
    </message>
    <message>
        <source>article languages</source>
        <translation>稿件语言</translation>
    </message>
    <message>
        <source>dictionary words</source>
        <translation>词典词条</translation>
    </message>
    <message>
        <source>newsroom settings</source>
        <translation>新闻库设置</translation>
    </message>
</context>
<context>
    <name>galley::NewsroomWatcher</name>
    <message>
        <source>The newsroom is not open.</source>
        <translation>新闻库未打开。</translation>
    </message>
    <message>
        <source>The team server %1 is not connected.</source>
        <translation>团队服务器 %1 未连接。</translation>
    </message>
    <message>
        <source>The team server %1 did not let Galley listen for changes: %2</source>
        <translation>团队服务器 %1 不允许 Galley 监听更改：%2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost.</source>
        <translation>与团队服务器 %1 的连接已断开。</translation>
    </message>
</context>
<context>
    <name>galley::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>关闭此通知</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>关闭通知</translation>
    </message>
</context>
<context>
    <name>galley::PageValidator</name>
    <message>
        <source>line %1: a &lt;script&gt; element that is not a JSON-LD data block</source>
        <translation>第 %1 行：不是 JSON-LD 数据块的 &lt;script&gt; 元素</translation>
    </message>
    <message>
        <source>line %1: a &lt;%2&gt; element</source>
        <translation>第 %1 行：&lt;%2&gt; 元素</translation>
    </message>
    <message>
        <source>line %1: a &lt;meta http-equiv=&quot;refresh&quot;&gt; redirect</source>
        <translation>第 %1 行：&lt;meta http-equiv=&quot;refresh&quot;&gt; 重定向</translation>
    </message>
    <message>
        <source>line %1: script in a &lt;style&gt; element</source>
        <translation>第 %1 行：&lt;style&gt; 元素中含有脚本</translation>
    </message>
    <message>
        <source>line %1: an event handler attribute %2 on &lt;%3&gt;</source>
        <translation>第 %1 行：&lt;%3&gt; 上的事件处理属性 %2</translation>
    </message>
    <message>
        <source>line %1: a script URL in %2 of &lt;%3&gt;</source>
        <translation>第 %1 行：&lt;%3&gt; 的 %2 中含有脚本 URL</translation>
    </message>
    <message>
        <source>line %1: script in the style of &lt;%2&gt;</source>
        <translation>第 %1 行：&lt;%2&gt; 的样式中含有脚本</translation>
    </message>
    <message>
        <source>line %1: a data: URL in %2 of &lt;%3&gt;</source>
        <translation>第 %1 行：&lt;%3&gt; 的 %2 中含有 data: URL</translation>
    </message>
    <message>
        <source>the reference %1 leaves the output folder</source>
        <translation>引用 %1 指向输出文件夹之外</translation>
    </message>
    <message>
        <source>the reference %1 names a file the export does not write</source>
        <translation>引用 %1 指向导出时不会写入的文件</translation>
    </message>
    <message>
        <source>HTML Tidy could not read the page</source>
        <translation>HTML Tidy 无法读取该页面</translation>
    </message>
    <message>
        <source>line %1: HTML parse error %2</source>
        <translation>第 %1 行：HTML 解析错误 %2</translation>
    </message>
    <message>
        <source>not well-formed HTML: %1</source>
        <translation>HTML 格式不正确：%1</translation>
    </message>
    <message>
        <source>executable content: %1</source>
        <translation>可执行内容：%1</translation>
    </message>
</context>
<context>
    <name>galley::PostgresConnection</name>
    <message>
        <source>“%1”: the login “%2” has no Galley role. A database administrator gives one with “GRANT galley_editor TO %2” (or galley_reviewer, galley_chief).</source>
        <translation>“%1”：登录名“%2”没有 Galley 角色。数据库管理员可用“GRANT galley_editor TO %2”（或 galley_reviewer、galley_chief）授予角色。</translation>
    </message>
    <message>
        <source>“%1” is not a valid team newsroom address: %2.</source>
        <translation>“%1”不是有效的团队新闻库地址：%2。</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>无法连接到“%1”：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the team newsroom “%1”: %2.</source>
        <translation>无法连接到团队新闻库“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a Galley newsroom: the database holds tables of another application.</source>
        <translation>“%1”不是 Galley 新闻库：该数据库中有其他应用程序的表。</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of Galley (schema %2; this version reads up to %3).</source>
        <translation>“%1”由较新版本的 Galley 设置（架构版本 %2；此版本最高只能读取 %3）。</translation>
    </message>
    <message>
        <source>“%1” could not be set up as a Galley newsroom (schema version %2): %3.</source>
        <translation>无法将“%1”设置为 Galley 新闻库（架构版本 %2）：%3。</translation>
    </message>
    <message>
        <source>“%1” is not a Galley newsroom yet: an administrator sets it up with “galley admin init --db %1”.</source>
        <translation>“%1”还不是 Galley 新闻库：需由管理员用“galley admin init --db %1”进行设置。</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to schema version %2: an administrator runs “galley admin init --db %1”.</source>
        <translation>“%1”需要升级到架构版本 %2：请管理员运行“galley admin init --db %1”。</translation>
    </message>
    <message>
        <source>libpq cannot read it; the form is postgresql://[user@][host][:port]/database[?param=value&amp;…]</source>
        <translation>libpq 无法解析该地址；格式为 postgresql://[user@][host][:port]/database[?param=value&amp;…]</translation>
    </message>
    <message>
        <source>an address that does not parse</source>
        <translation>无法解析的地址</translation>
    </message>
</context>
<context>
    <name>galley::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Editor — writes and revises articles</source>
        <translation>编辑——撰写和修改稿件</translation>
    </message>
    <message>
        <source>Reviewer — reads and annotates</source>
        <translation>审核人——审读和批注</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Newsroom database</source>
        <translation>新闻库数据库</translation>
    </message>
    <message>
        <source>The demo newsroom in the data folder</source>
        <translation>数据文件夹中的演示新闻库</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Newsroom:</source>
        <translation>新闻库(&amp;N)：</translation>
    </message>
    <message>
        <source>Newsroom Database</source>
        <translation>新闻库数据库</translation>
    </message>
    <message>
        <source>Galley newsrooms (*.galley *.sqlite *.db);;All files (*)</source>
        <translation>Galley 新闻库 (*.galley *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Please enter your name: it is recorded with every revision and comment.</source>
        <translation>请输入您的姓名：每次修订和批注都会记录您的姓名。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;House Style</source>
        <translation>本社体例(&amp;H)</translation>
    </message>
    <message>
        <source>The house style was not saved: %1</source>
        <translation>本社体例未保存：%1</translation>
    </message>
    <message>
        <source>Draw the preview with the &amp;graphics card</source>
        <translation>用显卡绘制预览(&amp;G)</translation>
    </message>
    <message>
        <source>With the graphics card (OpenGL) the whole window is composed by it on every keystroke; without one (a virtual machine, a remote desktop) that slows typing. Off: the preview is drawn in software.</source>
        <translation>使用显卡（OpenGL）时，每次按键整个窗口都由显卡合成；没有显卡（虚拟机、远程桌面）时会拖慢输入。关闭时，预览以软件绘制。</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Language, newsroom and preview drawing changes take effect the next time Galley starts.</source>
        <translation>语言、新闻库和预览绘制方式的更改将在下次启动 Galley 时生效。</translation>
    </message>
</context>
<context>
    <name>galley::PreviewPane</name>
    <message>
        <source>Allow &amp;Remote Content in Preview</source>
        <translation>预览中允许远程内容(&amp;R)</translation>
    </message>
    <message>
        <source>Let the preview of this article load images and files from the internet</source>
        <translation>允许此稿件的预览从互联网加载图片和文件</translation>
    </message>
    <message numerus="yes">
        <source>Preview: blocked %n remote request(s). View ▸ Allow Remote Content in Preview loads them.</source>
        <translation>
            <numerusform>预览：已阻止 %n 个远程请求。选择“视图 ▸ 预览中允许远程内容”可加载它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>The preview page did not load.</source>
        <translation>预览页面未能加载。</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览……</translation>
    </message>
    <message>
        <source>Show &amp;Suggestions in Preview</source>
        <translation>在预览中显示修改建议(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the pending suggestions in the preview: proposed text underlined, deleted text struck through (exports never show them)</source>
        <translation>在预览中标出待定的修改建议：建议加入的文字加下划线，建议删除的文字加删除线（导出时从不显示）</translation>
    </message>
    <message>
        <source>S&amp;ynchronize Scrolling</source>
        <translation>同步滚动(&amp;Y)</translation>
    </message>
    <message>
        <source>Scrolling the editor or the preview keeps the other at the same paragraph</source>
        <translation>滚动编辑器或预览时，另一侧停在同一段落</translation>
    </message>
</context>
<context>
    <name>galley::ReviewCli</name>
    <message>
        <source>Newsroom database file.</source>
        <translation>新闻库数据库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>用户界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;.</source>
        <translation>--%1 需要正整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>article %1 is in the trash.</source>
        <translation>稿件 %1 在回收站中。</translation>
    </message>
    <message>
        <source>%1: there is no article with id %2.</source>
        <translation>%1：不存在编号为 %2 的稿件。</translation>
    </message>
    <message>
        <source>Anchors a comment on the Nth occurrence of a passage of an article&apos;s text; prints the new thread as JSON.</source>
        <translation>在稿件正文中某段文字的第 N 次出现处添加批注；以 JSON 格式输出新的批注讨论。</translation>
    </message>
    <message>
        <source>Article id.</source>
        <translation>稿件编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The passage commented on, exactly as in the text.</source>
        <translation>被批注的文字，须与正文完全一致。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Which occurrence of the passage (default 1).</source>
        <translation>该文字的第几次出现（默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>批注内容。</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Who comments.</source>
        <translation>批注人。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the text of article %2.</source>
        <translation>“%1”不在稿件 %2 的正文中。</translation>
    </message>
    <message>
        <source>occurrence %1 of &quot;%2&quot; does not exist: article %3 has %4.</source>
        <translation>“%2”的第 %1 次出现不存在：稿件 %3 中只有 %4 处。</translation>
    </message>
    <message>
        <source>Text as annotated by %1</source>
        <translation>%1 批注时的原文</translation>
    </message>
    <message>
        <source>Id of the thread (or of any comment in it).</source>
        <translation>批注讨论的编号（或其中任一批注的编号）。</translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation>回复内容。</translation>
    </message>
    <message>
        <source>Who replies.</source>
        <translation>回复人。</translation>
    </message>
    <message>
        <source>there is no comment with id %1.</source>
        <translation>不存在编号为 %1 的批注。</translation>
    </message>
    <message>
        <source>Resolves a comment thread, optionally with a last reply.</source>
        <translation>将批注讨论标记为已解决，可附带最后一条回复。</translation>
    </message>
    <message>
        <source>Reopens a resolved comment thread, optionally with a reply.</source>
        <translation>重新打开已解决的批注讨论，可附带一条回复。</translation>
    </message>
    <message>
        <source>A reply to add first.</source>
        <translation>先添加的回复。</translation>
    </message>
    <message>
        <source>Who replies (with --text).</source>
        <translation>回复人（与 --text 一起使用）。</translation>
    </message>
    <message>
        <source>--text needs --author.</source>
        <translation>--text 需要同时指定 --author。</translation>
    </message>
    <message>
        <source>The updated copy (.txt, .html, .md).</source>
        <translation>更新后的稿件（.txt、.html、.md）。</translation>
    </message>
    <message>
        <source>Note for the history.</source>
        <translation>历史记录备注。</translation>
    </message>
    <message>
        <source>Who revises.</source>
        <translation>修订人。</translation>
    </message>
    <message>
        <source>Text before the update from %1</source>
        <translation>从 %1 更新前的文本</translation>
    </message>
    <message>
        <source>Updated from %1</source>
        <translation>从 %1 更新</translation>
    </message>
    <message>
        <source>The new state.</source>
        <translation>新状态。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Who moves it.</source>
        <translation>操作人。</translation>
    </message>
    <message>
        <source>Note for the timeline.</source>
        <translation>时间线备注。</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>Lists an article&apos;s revisions, oldest first, one JSON object a line (with --events: its workflow timeline).</source>
        <translation>列出稿件的修订版本，最早的在前，每行一个 JSON 对象（使用 --events 时列出其工作流程时间线）。</translation>
    </message>
    <message>
        <source>Print JSON lines (the only format).</source>
        <translation>输出 JSON Lines（唯一支持的格式）。</translation>
    </message>
    <message>
        <source>List the workflow transitions instead.</source>
        <translation>改为列出工作流程流转记录。</translation>
    </message>
    <message>
        <source>Prints what changed between two revisions of an article (character by character for Chinese, word by word for Latin text): [-deleted-]{+inserted+}.</source>
        <translation>输出稿件两个修订版本之间的改动（中文逐字比较，拉丁文字逐词比较）：[-删除-]{+插入+}。</translation>
    </message>
    <message>
        <source>The older revision number.</source>
        <translation>较旧的修订版本号。</translation>
    </message>
    <message>
        <source>The newer revision number (default: the current text).</source>
        <translation>较新的修订版本号（默认：当前文本）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Print the runs as JSON.</source>
        <translation>以 JSON 格式输出改动片段。</translation>
    </message>
    <message>
        <source>Compare the canonical HTML line by line instead.</source>
        <translation>改为逐行比较规范化的 HTML。</translation>
    </message>
    <message>
        <source>article %1 has no revision %2.</source>
        <translation>稿件 %1 没有修订版本 %2。</translation>
    </message>
    <message>
        <source>--role must be editor, reviewer or chief, not &quot;%1&quot;.</source>
        <translation>--role 必须为 editor、reviewer 或 chief，而不是“%1”。</translation>
    </message>
    <message>
        <source>on a team server the role comes from the login&apos;s group: %1 has the %2 role, not %3.</source>
        <translation>在团队服务器上，角色取决于登录名所属的组：%1 的角色是%2，而不是%3。</translation>
    </message>
    <message>
        <source>Moves an article through the workflow (draft, in_review, changes_requested, approved, published, archived) as an editor, a reviewer or a chief (on a team server, as the login&apos;s role).</source>
        <translation>以编辑、审核人或主编的身份在工作流程中流转稿件（draft、in_review、changes_requested、approved、published、archived；在团队新闻库中以登录名所属的角色）。</translation>
    </message>
    <message>
        <source>editor, reviewer or chief.</source>
        <translation>editor（编辑）、reviewer（审核人）或 chief（主编）。</translation>
    </message>
    <message>
        <source>Replaces an article with an updated version of the same copy (any format import reads), as a new revision, and places every comment and pending suggestion on the new text.</source>
        <translation>用同一稿件的更新版本（import 可读的任何格式）替换稿件，保存为新版本，并把所有批注和待处理的修改建议定位到新正文上。</translation>
    </message>
    <message>
        <source>Adds a reply to a comment thread or to a suggestion&apos;s discussion; prints it as JSON.</source>
        <translation>回复一条批注或参与一条修改建议的讨论，以 JSON 输出该回复。</translation>
    </message>
    <message>
        <source>Id of the suggestion to discuss instead (its thread starts with the first reply).</source>
        <translation>改为讨论的修改建议编号（第一条回复开启其讨论）。</translation>
    </message>
    <message>
        <source>only one of --thread or --suggestion may be given.</source>
        <translation>--thread 与 --suggestion 只能给出一个。</translation>
    </message>
    <message>
        <source>--thread or --suggestion is required.</source>
        <translation>需要 --thread 或 --suggestion。</translation>
    </message>
</context>
<context>
    <name>galley::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Show in the review panel</source>
        <translation>审阅面板显示内容</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Comments and Suggestions</source>
        <translation>批注和修改建议</translation>
    </message>
</context>
<context>
    <name>galley::RevisionModel</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1: “%2”, %n character(s)</source>
        <translation>
            <numerusform>修订版本 %1：“%2”，%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The revision’s number</source>
        <translation>修订版本号</translation>
    </message>
    <message>
        <source>Characters added (+) or removed (−) by the revision</source>
        <translation>此修订版本增加（+）或删去（−）的字数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>字数增减</translation>
    </message>
</context>
<context>
    <name>galley::RevisionRepository</name>
    <message>
        <source>The revision could not be stored: %1</source>
        <translation>无法保存修订版本：%1</translation>
    </message>
    <message>
        <source>Article %1 has no revision %2.</source>
        <translation>稿件 %1 没有修订版本 %2。</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>不存在编号为 %1 的稿件。</translation>
    </message>
    <message>
        <source>The article was changed since this copy was opened (version %1, this copy is version %2); nothing was restored.</source>
        <translation>打开此副本后稿件已被修改（版本 %1，当前副本为版本 %2）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Before restoring revision %1</source>
        <translation>恢复修订版本 %1 之前</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>已恢复修订版本 %1</translation>
    </message>
</context>
<context>
    <name>galley::RichTextEdit</name>
    <message>
        <source>all formatting (its HTML was too complex)</source>
        <translation>全部格式（其 HTML 过于复杂）</translation>
    </message>
</context>
<context>
    <name>galley::SourceView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Clean the HTML and load it into the editor (also happens when you leave this tab)</source>
        <translation>清理 HTML 并载入编辑器（离开此标签页时也会执行）</translation>
    </message>
</context>
<context>
    <name>galley::SpellChecker</name>
    <message>
        <source>Galley has no spelling dictionary for “%1”.</source>
        <translation>Galley 没有“%1”的拼写词典。</translation>
    </message>
    <message>
        <source>No spelling dictionary %1 in %2: Latin words are not spell-checked (Debian: install hunspell-%3).</source>
        <translation>%2 中没有拼写词典 %1：拉丁字母单词不做拼写检查（Debian：请安装 hunspell-%3）。</translation>
    </message>
</context>
<context>
    <name>galley::SuggestEditing</name>
    <message>
        <source>A suggestion proposes text within a paragraph: Enter and pasted paragraphs are not suggested.</source>
        <translation>修改建议只能提出段落内的文字：回车和粘贴的多个段落不会成为建议。</translation>
    </message>
    <message>
        <source>This is text %1 suggested: type before or after it.</source>
        <translation>这是%1建议的文字：请在它之前或之后输入。</translation>
    </message>
    <message>
        <source>Select either the article&apos;s text or the text of one suggestion, not both.</source>
        <translation>请只选择文章的文字或某一条建议的文字，不要同时选择两者。</translation>
    </message>
    <message>
        <source>Paragraph breaks cannot be suggested away: select text within one paragraph.</source>
        <translation>不能建议删除分段：请在一个段落之内选择文字。</translation>
    </message>
    <message>
        <source>Only text can be suggested: images and other content are not pasted in suggest mode.</source>
        <translation>只能建议文字：建议模式下不粘贴图片等其他内容。</translation>
    </message>
    <message>
        <source>Select the words to delete, then press Backspace.</source>
        <translation>请先选中要删除的文字，再按退格键。</translation>
    </message>
    <message>
        <source>Select the text first: in suggest mode, formatting is suggested for a selection.</source>
        <translation>请先选中文字：在建议模式下，格式修改针对所选文字提出建议。</translation>
    </message>
</context>
<context>
    <name>galley::SuggestionCli</name>
    <message>
        <source>Suggests a change to the Nth occurrence of a passage of an article&apos;s text (replace it, delete it, or insert text after it) for an editor to accept or reject; prints the suggestion as JSON.</source>
        <translation>对稿件正文中某段文字的第 N 处提出修改建议（替换、删除或在其后插入文字），由编辑接受或拒绝；以 JSON 输出该建议。</translation>
    </message>
    <message>
        <source>Article id.</source>
        <translation>稿件编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The passage, exactly as in the text.</source>
        <translation>这段文字，须与正文完全一致。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Which occurrence of the passage (default 1).</source>
        <translation>这段文字的第几处（默认第 1 处）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Replace the passage by this text.</source>
        <translation>用此文字替换这段文字。</translation>
    </message>
    <message>
        <source>Delete the passage.</source>
        <translation>删除这段文字。</translation>
    </message>
    <message>
        <source>Insert this text right after the passage.</source>
        <translation>在这段文字之后插入此文字。</translation>
    </message>
    <message>
        <source>Who suggests.</source>
        <translation>建议人。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>one of --replace, --delete or --insert-after is required.</source>
        <translation>需要 --replace、--delete 或 --insert-after 之一。</translation>
    </message>
    <message>
        <source>only one of --replace, --delete or --insert-after may be given.</source>
        <translation>--replace、--delete 和 --insert-after 只能给出其中一个。</translation>
    </message>
    <message>
        <source>--%1 needs some text.</source>
        <translation>--%1 需要文字。</translation>
    </message>
    <message>
        <source>--%1: a suggestion proposes text on one line, without line breaks.</source>
        <translation>--%1：修改建议只能是一行文字，不能换行。</translation>
    </message>
    <message>
        <source>--quote: &quot;%1&quot; is not in the text of article %2.</source>
        <translation>--quote：稿件 %2 的正文中没有“%1”。</translation>
    </message>
    <message>
        <source>--occurrence: occurrence %1 of &quot;%2&quot; does not exist: article %3 has %4.</source>
        <translation>--occurrence：“%2”没有第 %1 处：稿件 %3 中只有 %4 处。</translation>
    </message>
    <message>
        <source>Text as %1 made suggestions on it</source>
        <translation>%1 提出修改建议时的正文</translation>
    </message>
    <message>
        <source>Lists an article&apos;s suggestions in text order (orphaned, then decided ones last), one JSON object a line.</source>
        <translation>按正文顺序列出稿件的修改建议（失去定位的和已处理的排在最后），每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Print JSON lines (the only format).</source>
        <translation>输出 JSON 行（唯一格式）。</translation>
    </message>
    <message>
        <source>Only suggestions in this state: open, orphaned, accepted or rejected.</source>
        <translation>只列出此状态的修改建议：open、orphaned、accepted 或 rejected。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>--state must be open, orphaned, accepted or rejected, not &quot;%1&quot;.</source>
        <translation>--state 必须是 open、orphaned、accepted 或 rejected，而不是“%1”。</translation>
    </message>
    <message>
        <source>Accepts suggestions: makes their changes to the text, saved as one revision named after the editor and the reviewers (on a team server, an editor&apos;s or a chief&apos;s login only).</source>
        <translation>接受修改建议：把修改写入正文，保存为一个署有编辑和审稿人姓名的版本（在团队服务器上，仅限编辑或主编的登录账号）。</translation>
    </message>
    <message>
        <source>Rejects suggestions; the text stays as it is (on a team server, an editor&apos;s or a chief&apos;s login only).</source>
        <translation>拒绝修改建议；正文保持不变（在团队服务器上，仅限编辑或主编的登录账号）。</translation>
    </message>
    <message>
        <source>Suggestion id (repeat for several).</source>
        <translation>修改建议编号（可重复给出多个）。</translation>
    </message>
    <message>
        <source>Who accepts.</source>
        <translation>接受人。</translation>
    </message>
    <message>
        <source>Who rejects.</source>
        <translation>拒绝人。</translation>
    </message>
    <message>
        <source>Note for the history.</source>
        <translation>历史记录中的说明。</translation>
    </message>
    <message>
        <source>--suggestion needs a positive number, not &quot;%1&quot;.</source>
        <translation>--suggestion 需要一个正整数，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>galley::SuggestionModel</name>
    <message>
        <source>“%1” → “%2”</source>
        <comment>replace</comment>
        <translation>“%1”→“%2”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Insert “%1” after “%2”</source>
        <translation>在“%2”后插入“%1”</translation>
    </message>
    <message>
        <source>Format “%1”: %2 → %3</source>
        <translation>“%1”的格式：%2 → %3</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>无格式</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Text gone</source>
        <translation>原文已不在</translation>
    </message>
    <message>
        <source>Accepted by %1</source>
        <translation>已由 %1 接受</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>已由 %1 拒绝</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>建议人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>galley::SuggestionPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Suggestions on this article</source>
        <translation>本稿的修改建议</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>接受(&amp;P)</translation>
    </message>
    <message>
        <source>Make the selected suggestions&apos; changes to the text</source>
        <translation>把选中的修改建议写入正文</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Decline the selected suggestions; the text stays as it is</source>
        <translation>拒绝选中的修改建议；正文保持不变</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <source>The article could not be saved, so no suggestion was accepted.</source>
        <translation>稿件无法保存，因此没有接受任何修改建议。</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>接受了 %n 条修改建议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s).</source>
        <translation>
            <numerusform>拒绝了 %n 条修改建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending · %2 decided</source>
        <translation>%1 条待处理 · %2 条已处理</translation>
    </message>
    <message>
        <source>Reply to the suggestion</source>
        <translation>回复此建议</translation>
    </message>
    <message>
        <source>Write a reply to the selected suggestion…</source>
        <translation>给所选建议写回复…</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>回复(&amp;Y)</translation>
    </message>
    <message>
        <source>The reply could not be stored: %1</source>
        <translation>回复未能保存：%1</translation>
    </message>
    <message>
        <source>Reply added.</source>
        <translation>已添加回复。</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>修改建议（%1）</translation>
    </message>
    <message>
        <source>Suggestions by status</source>
        <translation>按状态筛选修改建议</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Add the text in the reply box to the selected suggestion&apos;s discussion</source>
        <translation>把回复框中的文字加入所选修改建议的讨论</translation>
    </message>
    <message>
        <source>Accept Suggestions in Se&amp;lection</source>
        <translation>接受所选文字中的修改建议(&amp;L)</translation>
    </message>
    <message>
        <source>Make the changes the pending suggestions in the selected text propose</source>
        <translation>按所选文字中待处理的修改建议修改正文</translation>
    </message>
    <message>
        <source>Re&amp;ject Suggestions in Selection</source>
        <translation>拒绝所选文字中的修改建议(&amp;J)</translation>
    </message>
    <message>
        <source>Decline the pending suggestions in the selected text; it stays as it is</source>
        <translation>拒绝所选文字中待处理的修改建议，正文保持不变</translation>
    </message>
    <message>
        <source>No pending suggestion in the selected text.</source>
        <translation>所选文字中没有待处理的修改建议。</translation>
    </message>
</context>
<context>
    <name>galley::SuggestionRepository</name>
    <message>
        <source>A suggestion must be anchored on some text of the article.</source>
        <translation>修改建议必须定位在稿件的某段文字上。</translation>
    </message>
    <message>
        <source>A suggestion to insert or replace needs the proposed text.</source>
        <translation>插入或替换建议需要给出建议的文字。</translation>
    </message>
    <message>
        <source>The proposed text is the text already there.</source>
        <translation>建议的文字与原文相同。</translation>
    </message>
    <message>
        <source>A suggestion to delete proposes no text.</source>
        <translation>删除建议不能附带新文字。</translation>
    </message>
    <message>
        <source>A formatting suggestion must change the formatting.</source>
        <translation>格式修改建议必须改变格式。</translation>
    </message>
    <message>
        <source>The suggestion could not be stored: %1</source>
        <translation>无法保存修改建议：%1</translation>
    </message>
    <message>
        <source>A suggestion is resolved by accepting or rejecting it.</source>
        <translation>修改建议只能通过接受或拒绝来处理。</translation>
    </message>
    <message>
        <source>Suggestion %1 is already %2.</source>
        <translation>修改建议 %1 已被%2。</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>There is no suggestion with id %1.</source>
        <translation>没有编号为 %1 的修改建议。</translation>
    </message>
    <message>
        <source>There is no pending suggestion with id %1.</source>
        <translation>没有编号为 %1 的待处理修改建议。</translation>
    </message>
</context>
<context>
    <name>galley::TeamNewsroomDialog</name>
    <message>
        <source>Open Team Newsroom</source>
        <translation>打开团队新闻库</translation>
    </message>
    <message>
        <source>Recent team newsrooms</source>
        <translation>最近使用的团队新闻库</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>db.newsroom.example or /run/postgresql</source>
        <translation>db.newsroom.example 或 /run/postgresql</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>newsroom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>your PostgreSQL login</source>
        <translation>您的 PostgreSQL 登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>not stored; empty: ~/.pgpass or PGPASSWORD</source>
        <translation>不会保存；留空则使用 ~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation>必须使用 TLS 并验证服务器证书</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近使用(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation>请输入新闻库的数据库名称。</translation>
    </message>
    <message>
        <source>Connected as %1: %2.</source>
        <translation>已以 %1 身份连接：%2。</translation>
    </message>
</context>
<context>
    <name>galley::TemplateEditor</name>
    <message>
        <source>Export Template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Template &amp;folder:</source>
        <translation>模板文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>O&amp;pen Folder…</source>
        <translation>打开文件夹(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit another template folder</source>
        <translation>编辑另一个模板文件夹</translation>
    </message>
    <message>
        <source>Create from &amp;Default…</source>
        <translation>从默认模板创建(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy the built-in template into a folder to start your own</source>
        <translation>把内置模板复制到一个文件夹，作为自定义模板的起点</translation>
    </message>
    <message>
        <source>Template files</source>
        <translation>模板文件</translation>
    </message>
    <message>
        <source>F&amp;iles:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Template source</source>
        <translation>模板源码</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>光标位置</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Compile the templates as edited and show the first error (F7)</source>
        <translation>按当前编辑内容编译模板并显示第一个错误（F7）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save this file (%1)</source>
        <translation>保存此文件（%1）</translation>
    </message>
    <message>
        <source>Built-in template (read-only)</source>
        <translation>内置模板（只读）</translation>
    </message>
    <message>
        <source>The built-in template cannot be changed: use Create from Default to copy it into a folder of your own.</source>
        <translation>内置模板不能修改：请用“从默认模板创建”把它复制到你自己的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>This folder has no %1: use Create from Default to start from the built-in template.</source>
        <translation>此文件夹中没有 %1：请用“从默认模板创建”以内置模板为起点。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already exists in that folder.</source>
        <translation>该文件夹中已有 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2.</source>
        <translation>无法复制 %1：%2。</translation>
    </message>
    <message>
        <source>Copied the built-in template into %1.</source>
        <translation>已将内置模板复制到 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Cannot check: no temporary folder (%1).</source>
        <translation>无法检查：没有临时文件夹（%1）。</translation>
    </message>
    <message>
        <source>Cannot check: %1.</source>
        <translation>无法检查：%1。</translation>
    </message>
    <message>
        <source>The template compiles: every template and partial is valid.</source>
        <translation>模板编译通过：所有模板和片段都有效。</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1%2 — Export Template</source>
        <translation>%1%2 — 导出模板</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>模板文件夹</translation>
    </message>
    <message>
        <source>Create Template In</source>
        <translation>在此创建模板</translation>
    </message>
    <message>
        <source>Create from Default</source>
        <translation>从默认模板创建</translation>
    </message>
    <message>
        <source>%1 already holds template files. Replace them with the built-in ones?</source>
        <translation>%1 中已有模板文件。要用内置模板替换它们吗？</translation>
    </message>
</context>
<context>
    <name>galley::Watch</name>
    <message>
        <source>%1  the newsroom changed (read it again)</source>
        <translation>%1  新闻库已更改（请重新读取）</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>稿件 %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修订版本 %1</translation>
    </message>
    <message>
        <source>%1, in the trash</source>
        <translation>%1，在回收站中</translation>
    </message>
    <message>
        <source>take-over asked</source>
        <translation>请求接管</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <source>Prints one line per change made in the newsroom, as it happens, until interrupted (Ctrl+C or SIGTERM).</source>
        <translation>新闻库中每发生一项更改即输出一行，直到被中断（Ctrl+C 或 SIGTERM）。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Newsroom: a file or a postgresql:// URI.</source>
        <translation>新闻库：文件或 postgresql:// URI。</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Print each change as one line of JSON: the team server&apos;s announcement (table, op, article, id, version, state, user, name, origin), or {&quot;table&quot;: &quot;&quot;} for a change of unknown extent.</source>
        <translation>每项更改输出一行 JSON：团队服务器的通知（table、op、article、id、version、state、user、name、origin），范围未知的更改则为 {&quot;table&quot;: &quot;&quot;}。</translation>
    </message>
    <message>
        <source>galley: --db FILE or --db postgresql://… is required.</source>
        <translation>galley：必须指定 --db 文件或 --db postgresql://…。</translation>
    </message>
    <message>
        <source>galley: cannot set up the signal handling.</source>
        <translation>galley：无法设置信号处理。</translation>
    </message>
    <message>
        <source>galley: lost %1 (%2); trying again.</source>
        <translation>galley：与 %1 的连接断开（%2），正在重试。</translation>
    </message>
    <message>
        <source>galley: %1 is back; changes made meanwhile were not heard.</source>
        <translation>galley：%1 已恢复；其间的更改未能收到。</translation>
    </message>
    <message>
        <source>galley: watching %1; Ctrl+C stops.</source>
        <translation>galley：正在监视 %1；按 Ctrl+C 停止。</translation>
    </message>
</context>
<context>
    <name>galley::WebEnginePdfPrinter</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <source>the page did not print within %n second(s)</source>
        <translation>
            <numerusform>页面未能在 %n 秒内打印完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print “%1”: the PDF printer was closed.</source>
        <translation>无法打印“%1”：PDF 打印器已关闭。</translation>
    </message>
    <message>
        <source>Could not print “%1”: printing was interrupted.</source>
        <translation>无法打印“%1”：打印被中断。</translation>
    </message>
    <message>
        <source>Could not print “%1”: the PDF printer did not answer (the user interface is busy).</source>
        <translation>无法打印“%1”：PDF 打印器没有响应（界面正忙）。</translation>
    </message>
    <message>
        <source>printing needs the graphical libraries (no QApplication)</source>
        <translation>打印需要图形界面库（没有 QApplication）</translation>
    </message>
    <message>
        <source>the galley: URL scheme is not registered</source>
        <translation>galley: URL 方案尚未注册</translation>
    </message>
    <message>
        <source>the page&apos;s folder (%1) is not a local folder</source>
        <translation>页面所在位置（%1）不是本地文件夹</translation>
    </message>
    <message>
        <source>the page&apos;s folder %1 does not exist</source>
        <translation>页面所在文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the page&apos;s renderer stopped (status %1, exit code %2)</source>
        <translation>页面渲染进程已停止（状态 %1，退出码 %2）</translation>
    </message>
    <message>
        <source>the page stopped loading</source>
        <translation>页面停止加载</translation>
    </message>
    <message>
        <source>the page did not load (%1)</source>
        <translation>页面未能加载（%1）</translation>
    </message>
    <message>
        <source>the page needs %1, not in the output folder</source>
        <translation>页面需要 %1，但它不在输出文件夹中</translation>
    </message>
    <message>
        <source>printing gave an empty PDF</source>
        <translation>打印得到的 PDF 为空</translation>
    </message>
    <message>
        <source>printing gave something that is not a PDF</source>
        <translation>打印得到的不是 PDF</translation>
    </message>
    <message>
        <source>Could not print “%1”: %2.</source>
        <translation>无法打印“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>galley::Workflow</name>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Revoke approval</source>
        <translation>撤销审核通过</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>毙稿</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Withdraw from review</source>
        <translation>撤回审核</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>重新打开为草稿</translation>
    </message>
    <message>
        <source>the article is already %1.</source>
        <translation>稿件已处于“%1”状态。</translation>
    </message>
    <message>
        <source>an article cannot go from %1 to %2.</source>
        <translation>稿件不能从“%1”流转到“%2”。</translation>
    </message>
    <message>
        <source>moving an article from %1 to %2 is for a %3, not a %4.</source>
        <translation>将稿件从“%1”流转到“%2”应由%3操作，而不是%4。</translation>
    </message>
    <message>
        <source>Chief editor</source>
        <translation>主编</translation>
    </message>
</context>
<context>
    <name>galley::WorkflowActions</name>
    <message>
        <source>&amp;Workflow</source>
        <translation>工作流程(&amp;W)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>工作流程状态</translation>
    </message>
    <message>
        <source>Workflow state: %1</source>
        <translation>工作流程状态：%1</translation>
    </message>
    <message>
        <source>Move the article from “%1” to “%2”</source>
        <translation>将稿件从“%1”流转到“%2”</translation>
    </message>
    <message>
        <source>No moves for a %1 from “%2”</source>
        <translation>%1无法从“%2”进行流转</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>没有打开的稿件</translation>
    </message>
    <message>
        <source>“%1” → “%2”. A note for the timeline (optional):</source>
        <translation>“%1” → “%2”。时间线备注（可选）：</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1”现为“%2”状态。</translation>
    </message>
    <message>
        <source>Not moved: the article was changed elsewhere. Open it again and retry.</source>
        <translation>未流转：稿件已在别处被修改。请重新打开后重试。</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>未流转：%1</translation>
    </message>
    <message>
        <source>Approve with Copy-Desk Findings?</source>
        <translation>仍有校对问题，要通过吗？</translation>
    </message>
    <message>
        <source>View ▸ Copy Desk lists them. Approve the article as it is?</source>
        <translation>“视图 ▸ 校对”中列出了这些问题。按现状通过本稿吗？</translation>
    </message>
    <message>
        <source>&amp;Approve Anyway</source>
        <translation>仍然通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Review Findings</source>
        <translation>查看问题(&amp;R)</translation>
    </message>
    <message>
        <source>Not approved: the copy desk&apos;s findings are listed in View ▸ Copy Desk.</source>
        <translation>未通过：校对发现的问题列在“视图 ▸ 校对”中。</translation>
    </message>
    <message numerus="yes">
        <source>The copy desk has %n finding(s) in this article (errors: %1).</source>
        <translation>
            <numerusform>校对发现本文有 %n 处问题（其中错误 %1 处）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy desk has %n finding(s) in this article.</source>
        <translation>
            <numerusform>校对发现本文有 %n 处问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::WorkflowRepository</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation>不存在编号为 %1 的稿件。</translation>
    </message>
    <message>
        <source>The article is in the trash; take it out before moving it on.</source>
        <translation>稿件在废纸篓中；请先将其恢复，再推进流程。</translation>
    </message>
    <message>
        <source>The article was changed since this copy was opened (version %1, this copy is version %2).</source>
        <translation>打开此副本后稿件已被修改（版本 %1，当前副本为版本 %2）。</translation>
    </message>
</context>
<context>
    <name>galley::WorkflowState</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>待修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>galley::WorkflowStateDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <comment>state, open review threads</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n suggestion(s))</source>
        <comment>state, open review threads, open suggestions</comment>
        <translation>
            <numerusform>%1（%2 条批注，%n 条修改建议）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n suggestion(s))</source>
        <comment>state, open suggestions</comment>
        <translation>
            <numerusform>%1（%n 条修改建议）</numerusform>
        </translation>
    </message>
</context>
</TS>
