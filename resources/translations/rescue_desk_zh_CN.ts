<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="+522" />
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../rescue_desk/ui/models.py" line="+31" />
        <source>Station set up</source>
        <extracomment>The role under which a model returns the whole row object. The role under which a model returns a value to sort by. Audit actions as people read them (context ``AuditAction``); unknown ones show as recorded.</extracomment>
        <translation>建立站点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Station details changed</source>
        <translation>修改站点信息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked as demo station</source>
        <translation>标记为演示站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Officer added</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Officer changed</source>
        <translation>修改工作人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account unlocked</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local rule changed</source>
        <translation>修改本站规则</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-49" />
        <source>Every change made at any desk, newest first. Records cannot be edited; “rescue-desk check” proves none was changed.</source>
        <translation>各终端的每一项改动，最新的在前。记录不可修改；“rescue-desk check”可以证明没有记录被改动。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../rescue_desk/ui/models.py" line="+129" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What changed</source>
        <translation>改动内容</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../rescue_desk/cli.py" line="+24" />
        <source>see “{prog} --help”</source>
        <translation>参见“{prog} --help”</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rescue Desk: the front desk of a rescue station. Without a command it opens the desk.</source>
        <translation>救助站前台：救助管理站的前台程序。不带命令时打开前台窗口。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>database file or SQLAlchemy URL (default: RESCUE_DESK_DB, else the per-user data folder)</source>
        <translation>数据库文件或 SQLAlchemy 地址（默认：RESCUE_DESK_DB，否则为本用户的数据文件夹）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>data folder for logs and backups (default: RESCUE_DESK_HOME)</source>
        <translation>存放日志和备份的数据文件夹（默认：RESCUE_DESK_HOME）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>open the desk on a throw-away demo station</source>
        <translation>用一个临时演示站打开前台</translation>
    </message>
    <message>
        <location line="+5" />
        <source>language of the desk and of this command (default: zh_CN)</source>
        <translation>前台和本命令使用的语言（默认：zh_CN）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>set up a new station and its administrator</source>
        <translation>建立新站点及其管理员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set up a new station and its first administrator. The password is read from standard input.</source>
        <translation>建立新站点及第一位管理员。密码从标准输入读取。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the station's name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the administrator's login name</source>
        <translation>管理员登录名</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the administrator's full name (default: the login name)</source>
        <translation>管理员姓名（默认：登录名）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the administrator's sex, M or F (default: M)</source>
        <translation>管理员性别，M 或 F（默认：M）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the station's hotline number</source>
        <translation>站点求助热线</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the station's address</source>
        <translation>站点地址</translation>
    </message>
    <message>
        <location line="+6" />
        <source>six-digit administrative region code</source>
        <translation>六位行政区划代码</translation>
    </message>
    <message>
        <location line="+5" />
        <source>fill a realistic demo station through the services</source>
        <translation>通过程序自身的服务生成逼真的演示站</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fill the database with a realistic demo station, through the program's own services.</source>
        <translation>通过程序自身的服务，在数据库中生成一个逼真的演示站。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>how many people to register (default: 200)</source>
        <translation>登记多少名受助人员（默认：200）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>random seed, for the same demo every time (default: 1)</source>
        <translation>随机种子，每次生成相同的演示数据（默认：1）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>check integrity, schema and audit trail</source>
        <translation>检查文件完整性、数据库结构和审计记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file's integrity, that the schema is current and that the audit trail is intact. Exit 1 naming what is wrong.</source>
        <translation>检查文件完整性、数据库结构是否为最新、审计记录是否完好。发现问题时说明问题并以 1 退出。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>make a consistent backup, safe while a desk is open</source>
        <translation>做一份一致的备份，前台开着时也可以</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make a consistent online backup of the database.</source>
        <translation>对数据库做一份一致的在线备份。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>where to write it (default: the backup folder)</source>
        <translation>写到哪里（默认：备份文件夹）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>replace the database with a backup that passes the check</source>
        <translation>用一份通过检查的备份替换数据库</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace the database with FILE if FILE passes the check. The current database is backed up first.</source>
        <translation>如果 FILE 通过检查，就用它替换数据库。替换前先备份当前数据库。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the desk's own search</source>
        <translation>前台自身的查找</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search as the desk's search box does.</source>
        <translation>与前台查找框的查找方式相同。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>what to look for</source>
        <translation>要查找的内容</translation>
    </message>
    <message>
        <location line="+5" />
        <source>print a JSON list of objects</source>
        <translation>输出 JSON 对象列表</translation>
    </message>
    <message>
        <location line="+7" />
        <source>at most N results (default: 20)</source>
        <translation>最多 N 条结果（默认：20）</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Stopped.</source>
        <extracomment>Options of the top-level command that take a value.</extracomment>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Password for the administrator: </source>
        <translation>管理员密码：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The same password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Station “{station}” set up in {db}; administrator: {admin}.</source>
        <translation>已在 {db} 建立站点“{station}”；管理员：{admin}。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Demo station “{station}”: {officers} officers added.</source>
        <translation>演示站“{station}”：新增 {officers} 名工作人员。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{db}: the file is sound, the schema is current and the audit trail is intact.</source>
        <translation>{db}：文件完好，数据库结构为最新，审计记录完整。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Backup written to {file}.</source>
        <translation>备份已写入 {file}。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restored {file}.</source>
        <translation>已恢复 {file}。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database as it was before is kept in {saved}.</source>
        <translation>恢复前的数据库保存在 {saved}。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Nothing found for “{text}”.</source>
        <translation>没有找到“{text}”。</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../rescue_desk/ui/app.py" line="+62" />
        <source>Demo station: every officer's password is demo1234 (e.g. admin).</source>
        <translation>演示站：所有工作人员的密码都是 demo1234（例如 admin）。</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Rescue Desk</source>
        <translation>救助站前台</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Something went wrong that the desk did not expect. It is written in the log file {file}. What you were doing may not have been saved: please check it and try again.</source>
        <translation>出现了一个意外问题，已记录在日志文件 {file} 中。刚才的操作可能没有保存：请检查后重试。</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../rescue_desk/domain/errors.py" line="+23" />
        <source>The desk could not do that.</source>
        <translation>无法完成这项操作。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Please fill in {label}.</source>
        <translation>请填写{label}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{label} may have at most {limit} characters.</source>
        <translation>{label}最多 {limit} 个字。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{label} contains characters that cannot be stored.</source>
        <translation>{label}中有无法保存的字符，请删除后重试。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No {what} matches {key}.</source>
        <translation>没有与 {key} 对应的{what}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your role may not do this ({action}). Ask an officer with that role.</source>
        <translation>您的角色不能进行这项操作（{action}）。请找有此权限的工作人员。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Please log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Wrong login name or password. {left} attempts left before the account is locked.</source>
        <translation>登录名或密码不对。再错 {left} 次账号将被锁定。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This account is locked after too many wrong passwords. Try again after {until}.</source>
        <translation>密码错误次数过多，账号已锁定。请在 {until} 之后再试。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This account has been switched off. Ask the administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The password needs at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{label} “{value}” is already in use.</source>
        <translation>{label}“{value}”已被使用。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The station must keep at least one active administrator.</source>
        <translation>站点必须至少保留一名在用的管理员。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This database already belongs to the station “{name}”.</source>
        <translation>此数据库已属于站点“{name}”。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This database has no station yet. Run “rescue-desk init” or open the desk to set it up.</source>
        <translation>此数据库还没有站点。请运行“rescue-desk init”，或打开前台进行设置。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database was made by a newer version of Rescue Desk (schema {found}). Install that version or newer; this one knows schemas up to {head}.</source>
        <translation>此数据库由更新版本的救助站前台建立（结构 {found}）。请安装该版本或更新的版本；本版本只认识到结构 {head}。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The database schema ({found}) is older than this program's ({head}).</source>
        <translation>数据库结构（{found}）比本程序的（{head}）旧。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database {where} cannot be opened: {reason}</source>
        <translation>无法打开数据库 {where}：{reason}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Another desk is saving at this moment. Please try again in a few seconds.</source>
        <translation>另一台前台正在保存，请过几秒再试。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup could not be made: {reason}</source>
        <translation>无法完成备份：{reason}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file {path} was not restored because it fails the check: {reason}</source>
        <translation>文件 {path} 没有通过检查，未恢复：{reason}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This is not possible with this database.</source>
        <translation>这个数据库不支持此操作。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The two passwords differ; please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/accounts.py" line="+56" />
        <source>A login name uses letters, digits, dot, dash or underscore (at most 40).</source>
        <translation>登录名只能用字母、数字、点、短横线或下划线（最多 40 个）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The region code has six digits, e.g. 440100.</source>
        <translation>行政区划代码为六位数字，例如 440100。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/audit.py" line="+24" />
        <source>Audit record #{id} was changed behind the program's back (its hash does not match).</source>
        <translation>审计记录 #{id} 被绕过程序改动过（哈希值不符）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The audit trail is broken before record #{id}: a record was removed or inserted.</source>
        <translation>审计记录在 #{id} 之前断开：有记录被删除或插入。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The audit trail should hold {expected} records but holds {found}: records were removed or added behind the program's back.</source>
        <translation>审计记录应有 {expected} 条，实有 {found} 条：有记录被绕过程序删除或添加。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/maintenance.py" line="+33" />
        <source>The database file is damaged: {detail}</source>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{path} is not a Rescue Desk database.</source>
        <translation>{path} 不是救助站前台的数据库。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups from the desk work on a SQLite file; back up a shared PostgreSQL database with the server's own tools (pg_dump).</source>
        <translation>前台的备份功能用于 SQLite 文件；共享的 PostgreSQL 数据库请用服务器自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/settings.py" line="+19" />
        <source>This rule takes a whole number from {minimum} to {maximum}.</source>
        <translation>此规则应为 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Write the time as HH:MM, e.g. 09:00.</source>
        <translation>请按 时:分 填写时间，例如 09:00。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/printing/fonts.py" line="+36" />
        <source>No Chinese font for printing was found. Install WenQuanYi Micro Hei (fonts-wqy-microhei) or set the font file in Settings → Printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>The font file {path} cannot be used for printing: {reason}. Choose a TrueType (.ttf or .ttc) Chinese font such as SimHei or WenQuanYi Micro Hei.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisplayTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-53" />
        <source>Language and display on this PC</source>
        <translation>本机的语言和显示</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Makes all text larger or smaller, for older staff and high-resolution screens.</source>
        <translation>放大或缩小全部文字，方便年长的工作人员和高分辨率屏幕。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../rescue_desk/services/accounts.py" line="-21" />
        <source>login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hotline</source>
        <translation>求助热线</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+64" />
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/settings.py" line="+23" />
        <location line="+20" />
        <source>local rule</source>
        <translation>本站规则</translation>
    </message>
</context>
<context>
    <name>LocalRule</name>
    <message>
        <location filename="../../rescue_desk/domain/rules.py" line="+31" />
        <source>Lock the desk after idle minutes</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A shared PC locks itself after this many minutes without use; any officer can take over with their own login.</source>
        <translation>共用电脑在无操作这么多分钟后自动锁定；任何工作人员都可以用自己的账号接着使用。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Re-admission warning period</source>
        <translation>再次求助提醒期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A person who left within this many days raises a warning at intake (minors and people with mental or intellectual disability are exceptions).</source>
        <translation>离站未满这么多天又来求助的，登记时给出提醒（未成年人和精神、智力残疾人员除外）。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+10" />
        <location line="+10" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Normal stay limit</source>
        <translation>一般在站期限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Implementing rules: at most 10 days for people aged 16+ without mental or intellectual disability; longer needs an extension.</source>
        <translation>《实施细则》：16 周岁以上、无精神和智力障碍的，一般不超过 10 天；延长须报批。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Keep unclaimed belongings</source>
        <translation>无人认领物品保管期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Belongings left behind are kept this long, then disposed of by two officers with a record (30, 45 and 60 days are all in use).</source>
        <translation>遗留物品保管这么多天后，由两名工作人员处置并记录（各地有 30、45、60 天等规定）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Default bed hold</source>
        <translation>床位默认预留时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A held bed becomes free again by itself after this many hours.</source>
        <translation>预留的床位在这么多小时后自动释放。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Handover time</source>
        <translation>交接班时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The daily handover between shifts; the outgoing officer stays until the incoming one has signed.</source>
        <translation>每天交接班的时间；接班人员签字前，交班人员不得离岗。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/dialogs.py" line="+128" />
        <source>Log in — {station}</source>
        <translation>登录 — {station}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The desk was locked while idle. {name} can continue, or another officer can take over with their own login.</source>
        <translation>前台因长时间无操作已锁定。{name} 可以继续使用，其他工作人员也可以用自己的账号接班。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close the desk</source>
        <translation>关闭前台</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rescue_desk/ui/main_window.py" line="+81" />
        <source>{station} — Rescue Desk</source>
        <translation>{station} — 救助站前台</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DEMO — a demo station with made-up people; nothing here is real</source>
        <translation>演示 DEMO — 演示站点，人员和数据全部为虚构</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Officer: {name} ({roles})</source>
        <translation>登录人员：{name}（{roles}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shift: no duty roster yet</source>
        <translation>班次：尚未排班</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Lock the desk</source>
        <translation>锁定前台</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+71" />
        <source>About Rescue Desk</source>
        <translation>关于救助站前台</translation>
    </message>
    <message>
        <location line="-69" />
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Nothing found for “{text}”.</source>
        <translation>没有找到“{text}”。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rescue Desk {version}
The front desk of a rescue station: intake, belongings, beds, departures and duty, on this PC, in Chinese, with everything on paper too.</source>
        <translation>救助站前台 {version}
救助管理站的前台程序：求助登记、物品保管、床位、离站和值班，运行在本机，中文界面，所有表单都能打印。</translation>
    </message>
</context>
<context>
    <name>OfficersTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-195" />
        <source>One person may hold several roles. Services check the role for every action.</source>
        <translation>一人可兼任多个角色。每项操作都会核对角色权限。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add officer</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+69" />
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location line="-15" />
        <source>New password for {name}</source>
        <translation>为 {name} 设置新密码</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Password of {name} reset.</source>
        <translation>{name} 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location line="-107" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At least 6 characters.</source>
        <translation>至少 6 个字符。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/planned.py" line="+14" />
        <source>Intake</source>
        <extracomment>key, icon, title, what the page is for (context ``PlannedPage``).</extracomment>
        <translation>求助登记</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register a person who arrives: search first, then the registration form, the initial check and the intake slip.</source>
        <translation>为来站人员登记：先查找，再填写求助登记表、初步检视，打印登记小票。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>People</source>
        <translation>受助人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone the station has helped, their stays, and the presence roll of who is in the station now.</source>
        <translation>本站救助过的所有人员、每次救助记录，以及当前在站人员名册。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Security &amp; belongings</source>
        <translation>安检与物品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The security check, items found, and belongings kept for people, with receipts and bag tags.</source>
        <translation>安全检查、查获物品、代保管物品，以及物品收据和保管袋标签。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Areas, rooms and the bed board: who sleeps where, free and held beds.</source>
        <translation>区域、房间和床位图：谁住在哪里，空床和预留床位。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Departures</source>
        <translation>离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every way home: travel vouchers, collection by relatives, escorts, and the follow-up call afterwards.</source>
        <translation>各种返乡方式：乘车凭证、亲属接领、护送返乡，以及事后回访。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The duty roster, the shift log, the handover and the night board with the stay clock.</source>
        <translation>值班表、值班记录、交接班，以及带在站期限的夜班看板。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Outreach</source>
        <translation>外展救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hotline calls, street patrols and supplies handed out, especially in the winter campaign.</source>
        <translation>求助热线、街面巡查和救助物资发放，尤其是寒冬送温暖期间。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The monthly report and the weekly winter figures, counted from what the desk already knows.</source>
        <translation>月报表和冬季周报，根据前台已有的数据统计。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This page is not available in this version of the desk yet; keep using the paper forms for this work until it is.</source>
        <translation>本版本的前台还没有这一页；在此之前，这项工作请继续使用纸质表格。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../rescue_desk/domain/roles.py" line="+24" />
        <source>Front desk</source>
        <extracomment>接待/登记员: registers arrivals and prints slips 安保: security check and belongings custody 值班员: duty, patrols, shift log 带班领导: approves exceptions 站长/管理员: settings, users, areas, reports Names shown on screen (context ``Role``).</extracomment>
        <translation>接待登记</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duty officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leader on duty</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="+118" />
        <source>Rules that differ by province or city. Each shows its default; change them to your station's practice.</source>
        <translation>各省市不同的规定。每项都标出了默认值；请按本站的做法修改。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Local rules</source>
        <translation>本站规则</translation>
    </message>
    <message>
        <location line="+24" />
        <source>(default: {default})</source>
        <translation>（默认：{default}）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only an administrator can change local rules.</source>
        <translation>只有管理员可以修改本站规则。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Local rules saved.</source>
        <translation>本站规则已保存。</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../rescue_desk/ui/search_box.py" line="+28" />
        <source>Search: name, pinyin initials, case no., ID tail, phone — or scan a code (Ctrl+F)</source>
        <translation>查找姓名、拼音首字母、救助编号、证件尾号、电话，或扫码（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="+122" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Station</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Officers and roles</source>
        <translation>人员与角色</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Local rules</source>
        <translation>本站规则</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language and display</source>
        <translation>语言与显示</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/dialogs.py" line="-127" />
        <source>Set up the station</source>
        <translation>建立站点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This database is new. Enter the station's details and create the administrator, who can then add the other officers.</source>
        <translation>这是一个新的数据库。请填写站点信息并建立管理员账号，之后由管理员添加其他工作人员。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. 某某市救助管理站</source>
        <translation>例如：某某市救助管理站</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hotline</source>
        <translation>求助热线</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Six digits of the administrative region, e.g. 440100 for Guangzhou.</source>
        <translation>六位行政区划代码，例如广州市为 440100。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letters, digits, dot, dash or underscore.</source>
        <translation>字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At least 6 characters.</source>
        <translation>至少 6 个字符。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Set up</source>
        <translation>建立</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location line="-68" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-510" />
        <source>Station details</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hotline</source>
        <translation>求助热线</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Six digits of the administrative region, e.g. 440100 for Guangzhou.</source>
        <translation>六位行政区划代码，例如广州市为 440100。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only an administrator can change the station's details.</source>
        <translation>只有管理员可以修改站点信息。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Station details saved.</source>
        <translation>站点信息已保存。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location line="+11" />
        <source>Add an officer</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Officer {login}</source>
        <translation>工作人员 {login}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letters, digits, dot, dash or underscore.</source>
        <translation>字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needed because a body check is done by an officer of the same sex.</source>
        <translation>人身检查须由同性别工作人员进行，所以需要填写。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At least 6 characters.</source>
        <translation>至少 6 个字符。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can log in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../rescue_desk/ui/models.py" line="-54" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
</context>
</TS>