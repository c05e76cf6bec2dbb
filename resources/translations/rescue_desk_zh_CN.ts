<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/about_dialog.py" line="+48" />
        <location line="+105" />
        <source>About Rescue Desk</source>
        <extracomment>One section of the facts: its title and its (label, value) lines.</extracomment>
        <translation>关于救助站前台</translation>
    </message>
    <message>
        <location line="-102" />
        <source>Rescue Desk {version}</source>
        <translation>救助站前台 {version}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The front desk of a rescue station: intake, belongings, beds, departures and duty, on this PC, in Chinese, with everything on paper too.</source>
        <translation>救助管理站的前台程序：求助登记、物品保管、床位、离站和值班，运行在本机，中文界面，所有表单都能打印。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copy for a support call</source>
        <translation>复制给技术支持</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Puts all of the above on the clipboard as plain text, to paste into a message or e-mail.</source>
        <translation>把以上全部内容以纯文本复制到剪贴板，可以粘贴到消息或电子邮件中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rescue Desk</source>
        <translation>救助站前台</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not set up yet</source>
        <translation>尚未建立</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema revision</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location line="+0" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6" />
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Newest backup</source>
        <translation>最新备份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folders and backups</source>
        <translation>文件夹与备份</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rescue Desk — facts for support, {time}</source>
        <translation>救助站前台 — 技术支持信息，{time}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Copied. Paste it into the message to support.</source>
        <translation>已复制。请粘贴到发给技术支持的消息中。</translation>
    </message>
</context>
<context>
    <name>AccountTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="+663" />
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
    <name>AdminPage</name>
    <message>
        <location filename="../../rescue_desk/ui/setup_wizard.py" line="+117" />
        <source>Your administrator account</source>
        <translation>您的管理员账号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The administrator adds the other officers and their roles afterwards (Settings → Officers).</source>
        <translation>之后由管理员添加其他工作人员及其角色（设置 → 人员与角色）。</translation>
    </message>
    <message>
        <location line="+15" />
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
        <source>A body check is done by an officer of the same sex.</source>
        <translation>人身安全检查须由同性别工作人员进行。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>电话</translation>
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
        <location line="+1" />
        <source>The same as the password.</source>
        <translation>须与密码一致。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/beds_page.py" line="+584" />
        <source>Leader on duty's approval</source>
        <translation>带班领导批准</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Why this bed (e.g. the boys' area is full)</source>
        <translation>为何安排此床（如：男童区已满）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Leader on duty</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An active officer with the leader on duty role.</source>
        <translation>须为账号可用、具有带班领导角色的工作人员。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leader's password</source>
        <translation>带班领导密码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The leader's own login password.</source>
        <translation>带班领导本人的登录密码。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AreasTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/areas_tab.py" line="+45" />
        <source>men</source>
        <translation>男性</translation>
    </message>
    <message>
        <location line="+1" />
        <source>women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mixed</source>
        <translation>男女均可</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Areas hold rooms, rooms hold beds. Men and women are apart, minors apart from adults; only a family area is mixed. A bed with someone in it cannot be removed, and a bed that has been slept in stays in the records (mark it out of service).</source>
        <translation>区域下设房间，房间下设床位。男女分区，未成年人与成年人分开；只有家庭区可以男女混住。有人在住的床位不能删除；住过人的床位须保留在档案中（可设为停用）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only an administrator changes the layout.</source>
        <translation>只有管理员可以修改区域和床位。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start from a template</source>
        <translation>从模板开始</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Create the areas and beds</source>
        <translation>创建区域和床位</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The station has no areas yet.</source>
        <translation>本站还没有设置区域。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Area / room / bed</source>
        <translation>区域 / 房间 / 床位</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+26" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-25" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+11" />
        <source>For minors</source>
        <translation>未成年人专用</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+19" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Required; no two areas with the same name.</source>
        <translation>必填；区域名称不能重复。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Men, women, boys and girls fix sex and age group; only a family area takes both sexes.</source>
        <translation>男宿区、女宿区、男童区、女童区已定性别和年龄段；只有家庭区可男女同住。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For</source>
        <translation>住宿人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needed unless the kind fixes it; a family area takes both.</source>
        <translation>类型未定性别时必选；家庭区男女均可。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minors and adults are placed apart; boys' and girls' areas are always for minors.</source>
        <translation>未成年人与成年人分开安置；男童区、女童区只收未成年人。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved places</source>
        <translation>核定床位数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 to 2000.</source>
        <translation>0 至 2000。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Required; no two rooms of an area with the same name.</source>
        <translation>必填；同一区域内房间名称不能重复。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lower bunks</source>
        <translation>下铺</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Accessible</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+17" />
        <source>Near the duty room</source>
        <translation>靠近值班室</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Beds to add</source>
        <translation>添加床位数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 to 200 at a time, numbered on from the room's last bed.</source>
        <translation>每次 1 至 200 张，床号接着本房间最后一张编。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add beds</source>
        <translation>添加床位</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lower bunk</source>
        <translation>下铺</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bed number</source>
        <translation>床位号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required; no two beds of a room with the same number.</source>
        <translation>必填；同一房间内床号不能重复。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Why it cannot be used</source>
        <translation>不能使用的原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required to take the bed out of service.</source>
        <translation>停用床位时必填。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take out of service</source>
        <translation>设为停用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back in service</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose an area, a room or a bed on the left.</source>
        <translation>请在左侧选择区域、房间或床位。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add area</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add room</source>
        <translation>添加房间</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+48" />
        <source>minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{beds} beds, {people} in them, approved {cap}</source>
        <translation>{beds} 张床，在住 {people} 人，核定 {cap}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{n} beds</source>
        <translation>{n} 张床</translation>
    </message>
    <message>
        <location line="+9" />
        <source>lower bunk</source>
        <translation>下铺</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accessible</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>near the duty room</source>
        <translation>靠近值班室</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Areas and beds</source>
        <translation>区域与床位</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New area</source>
        <translation>新区域</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Remove area {name} with its rooms and beds?</source>
        <translation>删除区域“{name}”及其所有房间和床位？</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove room {name} with its beds?</source>
        <translation>删除房间“{name}”及其所有床位？</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove bed {name}?</source>
        <translation>删除床位 {name}？</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../rescue_desk/ui/models.py" line="+33" />
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
    <name>BackupKind</name>
    <message>
        <location filename="../../rescue_desk/domain/backups.py" line="+28" />
        <source>Automatic</source>
        <extracomment>at the first start of a day and at exit; rotated "Back up now", ``rescue-desk backup``, or a file put there by hand made before the schema is upgraded the database as it was before a restore Names shown on screen (context ``BackupKind``).</extracomment>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/backups_tab.py" line="+69" />
        <source>The desk backs the database up by itself at the first start of each day and when it closes, and keeps as many automatic backups as the local rules say. Backups made by hand and those made before an upgrade or a restore are never deleted.</source>
        <translation>前台在每天第一次启动时和关闭时自动备份数据库，自动备份按本站规则保留。手动备份以及升级前、恢复前的备份永远不会被删除。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup folder: {folder}</source>
        <translation>备份文件夹：{folder}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the chosen backup in place of the database</source>
        <translation>用选中的备份替换当前数据库</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+65" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{n} backups; the newest from {made}.</source>
        <translation>共 {n} 份备份，最新一份为 {made}。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No backup yet. “Back up now” makes the first.</source>
        <translation>还没有备份。点击“立即备份”做第一份。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backup written to {file}.</source>
        <translation>备份已写入 {file}。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restore the backup made at {made}?</source>
        <translation>恢复 {made} 的备份吗？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything entered at any desk after {made} will be lost.</source>
        <translation>{made} 之后在任何一台前台录入的内容都将丢失。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rescue Desk databases (*.db);;All files (*)</source>
        <translation>救助站前台数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore the backup {file}?</source>
        <translation>恢复备份 {file} 吗？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything entered at any desk after that backup was made will be lost.</source>
        <translation>该备份之后在任何一台前台录入的内容都将丢失。</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+22" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="-19" />
        <source>The database as it is now is backed up first. Other desks must be closed. After the restore everyone logs in again. Checking a large backup takes a few minutes.</source>
        <translation>恢复前会先备份当前的数据库。其他前台须先关闭。恢复后所有人都要重新登录。检查较大的备份需要几分钟。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Checking the backup and restoring it…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
</context>
<context>
    <name>Beds</name>
    <message>
        <location filename="../../rescue_desk/domain/beds.py" line="+31" />
        <source>Men</source>
        <extracomment>男宿区 女宿区 男童区 女童区 老年/残疾人区 医疗观察区 精神观察区 家庭区 临时加床区</extracomment>
        <translation>男宿区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Women</source>
        <translation>女宿区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Boys</source>
        <translation>男童区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Girls</source>
        <translation>女童区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elderly and disabled</source>
        <translation>老年/残疾人区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medical observation</source>
        <translation>医疗观察区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mental-health watch</source>
        <translation>精神观察区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family</source>
        <translation>家庭区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overflow</source>
        <translation>临时加床区</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Free</source>
        <extracomment>Kinds whose sex is fixed by the kind itself. Kinds for minors only, and kinds for adults only; the others are set per area. The only kind that may take both sexes (a family stays together). From this age a person is suggested the elderly area (老年人权益保障法: 60 周岁).</extracomment>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupied</source>
        <translation>在住</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Held</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Being cleaned</source>
        <translation>清洁中</translation>
    </message>
    <message>
        <location line="+58" />
        <source>an area for the other sex</source>
        <extracomment>out-of-station care freed by an officer "M", "F", or "" for a mixed (family) area</extracomment>
        <translation>异性区域</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a single-sex area while the person's sex is not determined</source>
        <translation>单一性别区域（本人性别未确定）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a minor in an adult area</source>
        <translation>未成年人住进成年人区域</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an adult in a minors' area</source>
        <translation>成年人住进未成年人区域</translation>
    </message>
    <message>
        <location line="+221" />
        <source>Small station (about 20 beds)</source>
        <extracomment>(area name, kind, sex, for minors, [(room, beds, lower bunks, accessible, near duty room)])</extracomment>
        <translation>小型救助站（约 20 张床）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium station (about 80 beds)</source>
        <translation>中型救助站（约 80 张床）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large station (about 190 beds)</source>
        <translation>大型救助站（约 190 张床）</translation>
    </message>
</context>
<context>
    <name>BedsPage</name>
    <message>
        <location filename="../../rescue_desk/ui/beds_page.py" line="-363" />
        <source>lower bunk</source>
        <extracomment>Drag payload: a case number.</extracomment>
        <translation>下铺</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accessible</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>near the duty room</source>
        <translation>靠近值班室</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In this bed since {time}</source>
        <translation>自 {time} 起住此床</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Held for {who} until {time}</source>
        <translation>为{who}预留至 {time}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Outside the rules ({what}), approved by {leader}</source>
        <translation>超出安置规则（{what}），批准人：{leader}</translation>
    </message>
    <message>
        <location line="+135" />
        <source>occupied {o} · free {f} · held {h} · out of service {x}</source>
        <translation>在住 {o} · 空闲 {f} · 预留 {h} · 停用 {x}</translation>
    </message>
    <message>
        <location line="+72" />
        <source>new</source>
        <translation>新入站</translation>
    </message>
    <message>
        <location line="+237" />
        <location filename="../../rescue_desk/ui/main_window.py" line="+170" />
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location line="+8" />
        <source>All beds</source>
        <translation>全部床位</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medical watch</source>
        <translation>医疗观察</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New in 24 h</source>
        <translation>24 小时内入站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due to leave</source>
        <translation>将到期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outside the rules</source>
        <translation>超出规则</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find a person, or scan a slip</source>
        <translation>查找人员，或扫描小票</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Privacy (initials only)</source>
        <translation>隐私模式（只显示首字母）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Presence roll</source>
        <translation>在站人员名册</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print everyone in the station now, by area and bed (fire drill, outage)</source>
        <translation>打印当前所有在站人员，按区域和床位排列（消防演练、停电时使用）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print board</source>
        <translation>打印床位图</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open stay</source>
        <translation>查看救助记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free the bed</source>
        <translation>释放床位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Departure…</source>
        <translation>离站…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hold…</source>
        <translation>预留…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End hold</source>
        <translation>取消预留</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Out of service…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back in service</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cleaned</source>
        <translation>已清洁</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Waiting for a bed</source>
        <translation>待安排床位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drag a person onto a bed, or give the suggested bed.</source>
        <translation>把人员拖到床位上，或安排建议的床位。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Men and women apart, except in a family area; minors and adults apart; otherwise the leader on duty approves.</source>
        <translation>男女分区安置（家庭区除外），未成年人与成年人分开；例外须带班领导批准。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the suggested bed</source>
        <translation>安排建议床位</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Counted off site</source>
        <translation>站外在册（送医、托养）</translation>
    </message>
    <message>
        <location line="+70" />
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="+9" />
        <source>In station {n}: in a bed {o}, waiting for a bed {w}, off site {s}. Beds: free {f}, held {h}, being cleaned {c}, out of service {x}.</source>
        <translation>在站 {n} 人：已安排床位 {o}，待安排 {w}，站外 {s}。床位：空闲 {f}，预留 {h}，清洁中 {c}，停用 {x}。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0" />
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sex?</source>
        <translation>性别不详</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} yrs</source>
        <translation>{n} 岁</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no allowed bed free</source>
        <translation>没有符合规则的空床</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Choose a bed on the board.</source>
        <translation>请在床位图上选择一张床位。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Colours: green-teal free, blue occupied, amber held, grey out of service, violet being cleaned. A dashed red border marks a placement outside the rules approved by the leader on duty.</source>
        <translation>颜色：青绿为空闲，蓝色为在住，琥珀色为预留，灰色斜纹为停用，淡紫色为清洁中。红色虚线边框表示经带班领导批准、超出安置规则的安排。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Free bed {bed}? {name} then has no bed until given another.</source>
        <translation>释放床位 {bed}？{name}将暂无床位，直到重新安排。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No free bed is allowed for this person. Drag them onto a bed; a bed outside the rules needs the leader on duty's approval.</source>
        <translation>没有符合此人安置规则的空床。可把此人拖到某张床位上；超出规则的安排需带班领导批准。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your role may not give out beds.</source>
        <translation>您的岗位不能安排床位。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{case} now sleeps in {place}.</source>
        <translation>{case} 已安排在 {place}。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{case} has no bed yet.</source>
        <translation>{case} 尚未安排床位。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{case} is not in a bed.</source>
        <translation>{case} 没有床位。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Nobody in a bed matches “{text}”.</source>
        <translation>没有与“{text}”相符的在住人员。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/setup_wizard.py" line="+21" />
        <source>Areas and beds</source>
        <translation>区域与床位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from the template nearest your station; rename, add or remove areas, rooms and beds later in Settings → Areas and beds.</source>
        <translation>选一个与本站最接近的模板开始；区域、房间和床位以后可以在“设置 → 区域与床位”里改名、增加或删除。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{beds} beds: {areas}</source>
        <translation>{beds} 张床位：{areas}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No beds yet: I will lay them out myself</source>
        <translation>暂不设床位：我自己来布置</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/departures_page.py" line="+499" />
        <source>Log a call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Who</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/ui/outreach_page.py" line="+127" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../rescue_desk/ui/outreach_page.py" line="+15" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../rescue_desk/ui/outreach_page.py" line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/outreach_page.py" line="-57" />
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Far place (longer arrival target)</source>
        <translation>偏远地点（到达时限较长）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who needs help and their state</source>
        <translation>求助对象及其状况</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The team has arrived</source>
        <translation>救助小组已到达</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Call came in</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required; not in the future.</source>
        <translation>必填；不能晚于现在。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caller's phone</source>
        <translation>来电电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who needs help</source>
        <translation>求助对象</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team</source>
        <translation>救助小组</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Arrived at</source>
        <translation>到站时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not before the call came in, not in the future.</source>
        <translation>不能早于来电时间，也不能晚于现在。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not before the call, not in the future; later than {target} min after the call is flagged (local rule).</source>
        <translation>不能早于来电、不能晚于现在；来电后超过 {target} 分钟到达即标为超时（本站规则）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The arrival target is then {far} min instead of {target} min (local rule).</source>
        <translation>到达时限由 {target} 分钟改为 {far} 分钟（本站规则）。</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/intake_page.py" line="+420" />
        <source>alias {alias}</source>
        <extracomment>Candidate case number of the stay they are in now</extracomment>
        <translation>别名 {alias}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In station</source>
        <translation>在站</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{age} years</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Last: {case_no} {date}</source>
        <translation>上次：{case_no} {date}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>stays: {n}</source>
        <translation>共 {n} 次</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Seen before: {flags}</source>
        <translation>以前检视：{flags}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Found by: {reasons}</source>
        <translation>匹配：{reasons}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not this person: register a new person</source>
        <translation>不是此人，新建人员</translation>
    </message>
    <message>
        <location line="+5" />
        <source>In station now: open the stay</source>
        <translation>目前在站：查看救助记录</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is the person: start a new stay</source>
        <translation>是此人，开始新的救助记录</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../rescue_desk/ui/custody_page.py" line="+368" />
        <source>Security check</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Baggage checked</source>
        <translation>已检查行李</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Refuses the check (this ends the intake; print the refusal notice)</source>
        <translation>拒绝接受检查（救助终止，请打印不予救助通知书）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Body check by</source>
        <translation>人身检查人</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only officers of the person's sex are offered: a body check is same-sex.</source>
        <translation>只列出与受助人员同性别的工作人员：人身检查须由同性别人员进行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Baggage</source>
        <translation>行李</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Temperature (°C)</source>
        <translation>体温（°C）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>30.0 to 45.0 °C, or left empty.</source>
        <translation>30.0 至 45.0 °C，也可不填。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refusal</source>
        <translation>拒检</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Items found</source>
        <translation>查获物品</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Bag goes to</source>
        <translation>保管袋存放于</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where the bag of held items is stored.</source>
        <translation>代保管物品保管袋的存放位置。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the check</source>
        <translation>保存安检登记</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Security check of {case} saved.</source>
        <translation>{case} 的安全检查已保存。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../rescue_desk/cli.py" line="+35" />
        <source>see “{prog} --help”</source>
        <extracomment>Standard output's reader closed early (``… | head``): 128 + SIGPIPE (13), the status a shell reports for ``cat`` or ``grep`` in the same place, so ``set -o pipefail`` scripts see the same. Not 1: nothing failed that the user should read about. ``demo``: above this many people the past is written in bulk (``bulk_demo.BULK_FROM``; not imported here, so that the parser stays quick to build).</extracomment>
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
        <source>check this installation and exit: open the database (migrating it), show the desk's window, make a printer test page</source>
        <translation>检查本机安装是否可用，然后退出：打开数据库（必要时升级）、显示前台主窗口、生成一张打印测试页</translation>
    </message>
    <message>
        <location line="+9" />
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
        <location line="+17" />
        <source>how many people to register (default: 200)</source>
        <translation>登记多少名受助人员（默认：200）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>random seed, for the same demo every time (default: 1)</source>
        <translation>随机种子，每次生成相同的演示数据（默认：1）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>write the past in bulk for more than N people (default: {bulk})</source>
        <translation>人数超过 N 时，历史记录成批写入（默认：{bulk}）</translation>
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
        <location line="+5" />
        <source>print a form to a PDF file</source>
        <translation>把表单输出为 PDF 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write a form as PDF: intake slip, registration form or refusal notice of a case; belongings receipt or security-check record of a case; a bag's tag; the form of a case's departure; the stay-and-departure register of a month; the presence roll or the bed board of the station now; the duty roster of a week or a month, a shift's log and handover, or a case's family-search notice.</source>
        <translation>把表单写成 PDF：某个救助编号的登记小票、求助登记表或不予救助通知书；物品保管收据或安检记录；保管袋标签；离站表单；某月的在站服务及离站登记表；当前的在站人员名册或床位图；一周或一月的值班表、某个班次的值班记录及交接班记录，或某个救助编号的寻亲公告。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>intake, registration, refusal, receipt, check, bag-label, departure, register, roll, board, roster, shift or notice</source>
        <translation>intake、registration、refusal、receipt、check、bag-label、departure、register、roll、board、roster、shift 或 notice</translation>
    </message>
    <message>
        <location line="+10" />
        <source>case number (bag number for bag-label, shift such as 20261128-night for shift; none for register, roll, board and roster)</source>
        <translation>救助编号（bag-label 为袋号；shift 为班次，如 20261128-night；register、roll、board 和 roster 不需要）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>register and roster: the month (default: this month)</source>
        <translation>register 和 roster：月份（默认本月）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>roster: any day of the week to print (default: this week)</source>
        <translation>roster：要打印的那一周中的任意一天（默认本周）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>board: initials instead of names</source>
        <translation>board：只印姓名拼音首字母</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <location line="+5" />
        <source>export a report to XLSX or PDF</source>
        <translation>导出统计报表（XLSX 或 PDF）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the monthly report (with its daily occupancy sheet), the daily occupancy sheet alone, or the winter campaign report of a week or a month. The file's ending chooses the format: .xlsx or .pdf. Exports carry figures only: no names, ID numbers or case numbers.</source>
        <translation>导出月报表（含每日在站人数统计表）、单独的每日在站人数统计表，或“寒冬送温暖”专项行动的周报表、月报表。文件扩展名决定格式：.xlsx 或 .pdf。导出文件只有数字，不含姓名、身份证号和救助编号。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>monthly, occupancy or campaign</source>
        <translation>monthly（月报表）、occupancy（每日在站）或 campaign（专项行动）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the month (default: this month; campaign: instead of --week)</source>
        <translation>月份（默认本月；campaign 可用它代替 --week 出月报）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>campaign: any day of the week, Monday to Sunday (default: this week)</source>
        <translation>campaign：该周（周一至周日）中的任意一天（默认本周）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file to write (.xlsx or .pdf)</source>
        <translation>要写入的文件（.xlsx 或 .pdf）</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Must be YYYY-MM, e.g. 2026-11</source>
        <translation>格式须为 YYYY-MM，例如 2026-11</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Must be YYYY-MM-DD, e.g. 2026-11-23</source>
        <translation>格式须为 YYYY-MM-DD，例如 2026-11-23</translation>
    </message>
    <message>
        <location line="+55" />
        <source>print shift needs a shift, e.g. 20261128-night</source>
        <translation>print shift 需要班次，例如 20261128-night</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Stopped.</source>
        <extracomment>Options of the top-level command that take a value.</extracomment>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+21" />
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
        <location line="+22" />
        <source>Demo station “{station}”: {officers} officers added, {people} people registered in {stays} stays.</source>
        <translation>演示站“{station}”：新增 {officers} 名工作人员，登记 {people} 人、{stays} 人次。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>History: {done}/{total} people…</source>
        <translation>历史记录：{done}/{total} 人…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Joining the two halves of the history…</source>
        <translation>正在合并前后两段历史记录…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the search indexes…</source>
        <translation>正在建立查询索引…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The last days through the services: {count} intakes…</source>
        <translation>最近几天按正常流程登记：{count} 人次…</translation>
    </message>
    <message>
        <location line="+129" />
        <source>Case {case_no} has no family-search notice to print.</source>
        <extracomment>``print`` forms: the intake forms and the custody forms of a case (key: its case number), and a bag's tag (key: the bag number). ``departure`` prints the form of the case's latest departure; ``register`` the stay-and-departure register of ``--month`` (no key). ``roll`` (在站人员名册) and ``board`` (床位图) print the station now (no key); ``roster`` prints the week of ``--week`` or the month of ``--month`` (no key). ``shift`` prints a shift's log (key: ``20261128-night``), ``notice`` a case's latest family-search notice.</extracomment>
        <translation>救助编号 {case_no} 没有可打印的寻亲公告。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Case {case_no} has no departure to print.</source>
        <translation>救助编号 {case_no} 没有可打印的离站表单。</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+38" />
        <source>The file {file} could not be written ({reason}).</source>
        <translation>无法写入文件 {file}（{reason}）。</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+38" />
        <source>Written to {file}.</source>
        <translation>已写入 {file}。</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The file must end in .xlsx or .pdf: {file}.</source>
        <translation>文件名须以 .xlsx 或 .pdf 结尾：{file}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--week is for the campaign report.</source>
        <translation>--week 只用于专项行动报表（campaign）。</translation>
    </message>
    <message>
        <location line="-197" />
        <source>{db}: the file is sound, the schema is current and the audit trail is intact.</source>
        <translation>{db}：文件完好，数据库结构为最新，审计记录完整。</translation>
    </message>
    <message>
        <location line="-492" />
        <source>Fill the database with a realistic demo station, through the program's own services. Above {bulk} people (see --bulk-from) it is a big station of about 1,000 beds: the people of the last fifteen years, whose stays have all ended, are written in bulk (1,000,000 people take minutes, not days), and the last ten days are made through the services as usual, with a tenth of the people (at most 500).</source>
        <translation>用程序自己的业务流程，在数据库里建一个逼真的演示站。人数超过 {bulk}（见 --bulk-from）时，建成一个约 1000 张床位的大站：过去十五年、救助均已结束的人员成批写入（100 万人只需几分钟，而不是几天），最近十天仍按正常流程登记，人数为总数的十分之一（最多 500 人）。</translation>
    </message>
    <message>
        <location line="+287" />
        <source>print {kind} needs a case or bag number</source>
        <translation>print {kind} 需要救助编号或袋号</translation>
    </message>
    <message>
        <location line="+221" />
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
        <location line="+32" />
        <source>Nothing found for “{text}”.</source>
        <translation>没有找到“{text}”。</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/duty_page.py" line="+209" />
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../rescue_desk/domain/custody.py" line="+29" />
        <source>ID document</source>
        <extracomment>身份证件 现金 手机 贵重物品 (sealed) 药品 管制刀具、器械 易燃易爆、有毒、腐蚀性物品 易腐食品 票据、证明</extracomment>
        <translation>身份证件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valuable</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medicine</source>
        <translation>药品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled knife or weapon</source>
        <translation>管制刀具、器械</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flammable, explosive or toxic item</source>
        <translation>易燃易爆、有毒物品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perishable food</source>
        <translation>易腐食品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clothing and bedding</source>
        <translation>衣物被褥</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Papers and tickets</source>
        <translation>票据证明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Held for the person</source>
        <extracomment>代保管: kept for the person in a bag 移交公安 (unit, officer, receipt number) perishables dealt with on the spot medicine kept by staff needs a witness 本人自行保管</extracomment>
        <translation>代保管</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+24" />
        <location line="+33" />
        <source>Handed to the police</source>
        <translation>移交公安</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Dealt with on the spot</source>
        <translation>当场处理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medicine kept by staff</source>
        <translation>药品由工作人员保管</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Destroyed (with a witness)</source>
        <translation>销毁（须有见证人）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept by the person</source>
        <translation>本人自行保管</translation>
    </message>
    <message>
        <location line="+17" />
        <source>In store</source>
        <extracomment>in its bag, in the store room taken out for the person (to use, e.g. a phone call) sent with them to hospital counted back to the owner not found when counting back (a note says why) unclaimed, disposed of by two officers</extracomment>
        <translation>在库</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out with the person</source>
        <translation>临时取出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Went to hospital with them</source>
        <translation>随人送医</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Returned</source>
        <translation>已领回</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+33" />
        <source>Disposed of</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Stored</source>
        <extracomment>States in which the station still answers for the item. States that settle an item for good.</extracomment>
        <translation>入库</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moved</source>
        <translation>移库</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken out for the person</source>
        <translation>为本人临时取出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back</source>
        <translation>放回</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent with them to hospital</source>
        <translation>随人送医</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Returned to the owner</source>
        <translation>归还本人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Found missing</source>
        <translation>发现缺失</translation>
    </message>
</context>
<context>
    <name>CustodyPage</name>
    <message>
        <location filename="../../rescue_desk/ui/custody_page.py" line="+268" />
        <location filename="../../rescue_desk/ui/main_window.py" line="-1" />
        <source>Security &amp; belongings</source>
        <translation>安检与物品</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Filter by name or case no.</source>
        <translation>按姓名或救助编号筛选</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose a person on the left: an unchecked stay opens the security check; a checked one shows its bags, custody log and counting back. A scanned bag tag or slip opens its stay here.</source>
        <translation>请在左侧选择人员：未安检的打开安全检查；已安检的显示保管袋、物品出入记录和领回清点。扫描袋签或登记小票也会在这里打开。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bag number, or scan a bag tag</source>
        <translation>保管袋号，或扫描袋签</translation>
    </message>
    <message>
        <location line="-662" />
        <location line="+663" />
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Store room</source>
        <translation>库房</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+18" />
        <source>Dispose</source>
        <translation>处置</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Bag</source>
        <translation>袋号</translation>
    </message>
    <message>
        <location line="-725" />
        <location line="+44" />
        <location line="+682" />
        <source>Case no.</source>
        <translation>救助编号</translation>
    </message>
    <message>
        <location line="-727" />
        <location line="+46" />
        <location line="+682" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-726" />
        <source>Arrived</source>
        <translation>到站时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check</source>
        <translation>安检</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+43" />
        <source>Items held</source>
        <translation>在保管物品</translation>
    </message>
    <message>
        <location line="-30" />
        <source>done</source>
        <translation>已安检</translation>
    </message>
    <message>
        <location line="+2" />
        <source>to do</source>
        <translation>待安检</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Bag no.</source>
        <translation>保管袋号</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stay</source>
        <translation>在站状态</translation>
    </message>
    <message>
        <location line="+680" />
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due since</source>
        <translation>保管期满</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Required: another officer than you; two officers dispose of unclaimed items.</source>
        <translation>必选：您以外的另一名工作人员；无人认领物品由两人处置。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How it was disposed of</source>
        <translation>处置方式说明</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Second officer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Due for disposal</source>
        <translation>到期待处置</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Only security staff record the check.</source>
        <translation>只有安保人员可以登记安全检查。</translation>
    </message>
    <message>
        <location line="+122" />
        <source>All places</source>
        <translation>全部位置</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Items still held {days} days after their stay ended (local rule). Two officers dispose of them and print the record.</source>
        <translation>离站 {days} 天后仍无人认领的物品（本站规则）。由两名工作人员处置并打印处置记录。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Local rule: items may be disposed of {days} days after their stay ended.</source>
        <translation>本站规则：救助结束满 {days} 天后方可处置。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing is due for disposal now.</source>
        <translation>目前没有到期待处置的物品。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Tick the items to dispose of.</source>
        <translation>请勾选要处置的物品。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} items will be recorded as disposed of and can no longer be returned to anyone. Dispose?</source>
        <translation>{count} 件物品将记录为已处置，之后不能再归还任何人。确定处置吗？</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Disposal {number} recorded.</source>
        <translation>处置 {number} 已记录。</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/app.py" line="+475" />
        <source>Rescue Desk</source>
        <translation>救助站前台</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No backup in {folder} passes its check. The damaged file is left as it is; call support and keep the log file.</source>
        <translation>{folder} 中没有能通过检查的备份。损坏的文件保持原样；请联系技术支持，并保留日志文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The newest backup that passes its check was made at {made} ({kind}). If you restore it, what was entered after that time is lost.</source>
        <translation>通过检查的最新备份做于 {made}（{kind}）。恢复这份备份后，此后录入的内容将丢失。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The damaged file is kept beside it as {aside}.</source>
        <translation>损坏的文件改名保留在原处：{aside}。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>Departure</name>
    <message>
        <location filename="../../rescue_desk/domain/departure.py" line="+32" />
        <source>Leaves on own request</source>
        <extracomment>自行离站 乘车凭证返乡 亲属/单位接领 护送返乡 送医 托养/安置 终止救助 擅自离站 死亡</extracomment>
        <translation>自行离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Travel voucher home</source>
        <translation>乘车凭证返乡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collected by relatives or employer</source>
        <translation>亲属/单位接领</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escorted home</source>
        <translation>护送返乡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To hospital</source>
        <translation>送医</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Placement / out-of-station care</source>
        <translation>托养/安置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relief ended</source>
        <translation>终止救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left without formalities</source>
        <translation>擅自离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+11" />
        <source>In preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Completed</source>
        <translation>已离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Reached</source>
        <extracomment>Where a completed departure leaves the stay: off site but still counted, or ended. Types by which a person leaves on a chosen way (rather than hospital, care, absconding, death); these are the ones the minor and travel-alone rules govern. Ways that are safe for a person who cannot travel alone. Types whose completion needs the belongings counted back (the person is there to sign). Types followed by a call to confirm the person arrived home. The most cash a person may be given for the journey (细则: 20 元), in fen. will collect / receive the person</extracomment>
        <translation>已接通</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreed to collect or receive</source>
        <translation>同意接领或接收</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Arrived home</source>
        <translation>已平安到家</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Did not arrive</source>
        <translation>未到家</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not be reached</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <location line="+77" />
        <source>under 16</source>
        <extracomment>Why self-departure is refused, for the message (context ``Departure``).</extracomment>
        <translation>未满 16 周岁</translation>
    </message>
    <message>
        <location line="+1" />
        <source>age not known</source>
        <translation>年龄不明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signs of a mental disorder</source>
        <translation>有精神障碍迹象</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot travel alone</source>
        <translation>不能独自出行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A child under 16</source>
        <translation>未满 16 周岁的未成年人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A person who cannot travel alone</source>
        <translation>不能独自出行的人员</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/departures_page.py" line="-381" />
        <source>Departure</source>
        <translation>离站</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{n} yrs</source>
        <translation>{n} 岁</translation>
    </message>
    <message>
        <location line="+1" />
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0" />
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} items are still held for this person: count them back on the Security &amp; belongings page before completing (or the leader on duty decides).</source>
        <translation>仍有 {n} 件物品由本站代为保管：请先在“安检与物品”页清点归还，再办理离站（或由带班领导决定）。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Way of leaving</source>
        <translation>离站方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On own request only from 16 and without signs of mental disorder; an exception needs the leader on duty's approval.</source>
        <translation>自行离站须年满16周岁且无精神障碍迹象；例外情形须带班领导批准。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Planned for</source>
        <translation>计划离站时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At most 90 days ahead.</source>
        <translation>最多提前 90 天。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot travel alone (e.g. intellectual disability, frail)</source>
        <translation>不能独自出行（如智力残疾、体弱）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Then collected or escorted; another way needs the leader on duty's approval.</source>
        <translation>须接领或护送；其他方式须带班领导批准。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Household registration: {place}</source>
        <translation>户籍地：{place}</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Only as an exception, at most {cap}, with a reason.</source>
        <translation>仅限例外情况，最多 {cap}，须写明原因。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save as in preparation</source>
        <translation>保存为准备中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Complete the departure</source>
        <translation>办理离站</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Required to complete; e.g. 2026-11-28 21:05, not in the future.</source>
        <translation>办结时必填；如 2026-11-28 21:05，不能晚于现在。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 2026-11-28 21:05, not in the future.</source>
        <translation>如 2026-11-28 21:05，不能晚于现在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In yuan, at most two decimals; not negative.</source>
        <translation>以元为单位，最多两位小数，不能为负。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Required when cash is given.</source>
        <translation>发放现金时必填。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required to complete the departure.</source>
        <translation>办结离站时必填。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>A person who cannot travel alone must be collected or escorted; another way needs the leader on duty's approval.</source>
        <translation>不能独自出行的人员须由亲属接领或护送返乡；其他方式须经带班领导批准。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This way of leaving follows the rules.</source>
        <translation>此离站方式符合规定。</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Complete “{way}” for {name}? The stay ends now and cannot be reopened.</source>
        <translation>为{name}办理“{way}”？本次救助将就此结束，不能恢复。</translation>
    </message>
</context>
<context>
    <name>DeparturesPage</name>
    <message>
        <location line="-341" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Case no.</source>
        <translation>救助编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Way</source>
        <translation>离站方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+17" />
        <source>call due {date}</source>
        <translation>应于 {date} 回访</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cross-province</source>
        <translation>跨省</translation>
    </message>
    <message>
        <location line="+2" />
        <source>leader approved</source>
        <translation>带班领导已批准</translation>
    </message>
    <message>
        <location line="+420" />
        <location filename="../../rescue_desk/ui/main_window.py" line="+2" />
        <source>Departures</source>
        <translation>离站</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Person in the station</source>
        <translation>在站人员</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Departure…</source>
        <translation>离站…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log a call…</source>
        <translation>记录通话…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back in the station</source>
        <translation>返回站内</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back from hospital or out-of-station care</source>
        <translation>从医院或站外托养返回站内</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Today</source>
        <translation>今日离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left in the last 7 days</source>
        <translation>近 7 天离站</translation>
    </message>
    <message>
        <location line="+21" />
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the register</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The stay-and-departure register lists every departure completed in these days, with belongings and the officer.</source>
        <translation>《在站服务及离站登记表》列出这段日期内办理的每一次离站，含物品情况和经办人。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Register</source>
        <translation>登记表</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print form</source>
        <translation>打印表单</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record the call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <location line="+57" />
        <source>{title} ({n}, {late} overdue)</source>
        <translation>{title}（{n}，逾期 {late}）</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Choose a departure on the left, or a person above to start one.</source>
        <translation>请在左侧选择一条离站记录，或在上方选择人员办理离站。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every way home has its own rule and its own paper. A departure can be prepared (tickets bought, relatives called) and completed when the person leaves; after a journey home the desk reminds you to call and confirm they arrived.</source>
        <translation>每种离站方式都有各自的规定和表单。可以先做准备（买票、联系亲属），人员离开时再办理离站；返乡之后，前台会提醒您电话回访，确认是否到家。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Planned for {time}</source>
        <translation>计划 {time} 离站</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left {time} (officer {name})</source>
        <translation>{time} 离站（经办人 {name}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cross-province escort</source>
        <translation>跨省护送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Destination: {place}</source>
        <translation>去向：{place}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Approved by the leader on duty {name}: {reason}</source>
        <translation>带班领导 {name} 批准：{reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Follow-up call {time}: {outcome} {note}</source>
        <translation>回访 {time}：{outcome} {note}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Follow-up call due {date}</source>
        <translation>应于 {date} 回访</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Call {time} {who}: {outcome} {note}</source>
        <translation>通话 {time} {who}：{outcome} {note}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{name} has left: {way}.</source>
        <translation>{name}已离站：{way}。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The departure is saved as in preparation.</source>
        <translation>离站已保存为准备中。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The call is logged.</source>
        <translation>通话已记录。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{case} is back in the station; give a bed on the Beds page.</source>
        <translation>{case} 已返回站内，请在“床位”页安排床位。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Cancel the departure</source>
        <translation>取消离站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../rescue_desk/ui/app.py" line="-309" />
        <source>Demo station: every officer's password is demo1234 (e.g. admin).</source>
        <extracomment>The desk's icon (title bars, the task bar); installers carry their own copies. People registered on the throw-away demo station of ``--demo``. The log file: rotated at LOG_BYTES, with LOG_FILES older files kept beside it. Where Python writes the stacks of every thread should the process crash hard (in Qt, say). The DeskApps that hear of a restore (held weakly: a DeskApp lives as long as its caller keeps it). Milliseconds between showing the main window and starting the day's first backup, so that the first page reads the database before the backup does. Milliseconds between two looks at whether today's automatic backup is made yet. Back up at the day's first start (in the background) and at exit. The folder of a throw-away demo database opened from the first-start set-up (removed when the desk closes).</extracomment>
        <translation>演示站：所有工作人员的密码都是 demo1234（例如 admin）。</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Today's backup is made and checked.</source>
        <translation>今天的备份已完成并通过检查。</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+61" />
        <location line="+91" />
        <location filename="../../rescue_desk/ui/workers.py" line="+143" />
        <source>Rescue Desk</source>
        <extracomment>Work: a function of one argument, ``stop``, a callable that says when to stop early.</extracomment>
        <translation>救助站前台</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Finishing the backup before the desk closes…</source>
        <translation>正在完成备份，之后关闭前台…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Backing up the database before the desk closes…</source>
        <translation>关闭前正在备份数据库…</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The backup is restored. Please log in again.</source>
        <translation>备份已恢复。请重新登录。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database as it was before is kept as {file}.</source>
        <translation>恢复前的数据库保存为 {file}。</translation>
    </message>
    <message>
        <location line="+121" />
        <source>Something went wrong that the desk did not expect. It is written in the log file {file}. What you were doing may not have been saved: please check it and try again.</source>
        <extracomment>Seconds during which the same unexpected error is logged again but not shown again.</extracomment>
        <translation>出现了一个意外问题，已记录在日志文件 {file} 中。刚才的操作可能没有保存：请检查后重试。</translation>
    </message>
    <message>
        <location line="+74" />
        <source>The database is damaged. Looking for the newest backup that passes its check…</source>
        <translation>数据库已损坏。正在查找能通过检查的最新备份…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Making the demo station: people, beds, departures and a month of duty. This takes about half a minute…</source>
        <translation>正在生成演示站点：受助人员、床位、离站和一个月的值班记录，大约需要半分钟……</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Start-up check</source>
        <translation>启动检查</translation>
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
        <location line="+31" />
        <source>Please fill in {label}.</source>
        <extracomment>Other facts that are marked words, and the context they are translated in.</extracomment>
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
        <location line="+7" />
        <source>The database {where} cannot be opened: its folder is missing, not reachable or read-only. Check that the drive or network folder is connected and that this computer may write to it, then try again.</source>
        <translation>无法打开数据库 {where}：所在文件夹不存在、无法访问或为只读。请检查磁盘或网络文件夹是否已连接、本机是否有写入权限，然后重试。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing was saved: the database {where} can be read but not written (the file or its folder is read-only). Ask the administrator to give this computer write access, then save again.</source>
        <translation>未保存任何内容：数据库 {where} 只能读取、不能写入（文件或所在文件夹为只读）。请让管理员为本机开通写入权限，然后重新保存。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing was saved: the disk that holds the database {where} is full. Free some space on it (or ask the administrator), then save again.</source>
        <translation>未保存任何内容：存放数据库 {where} 的磁盘已满。请清理出一些空间（或联系管理员），然后重新保存。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database {where} could not be read or written (a disk or network error); no change was saved. Check the drive or the network connection, then try again.</source>
        <translation>无法读写数据库 {where}（磁盘或网络故障），本次修改未保存。请检查磁盘或网络连接，然后重试。</translation>
    </message>
    <message>
        <location line="+8" />
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
        <location line="+5" />
        <source>Choose a day from the calendar, between 1900 and 2100.</source>
        <translation>请从日历中选择 1900 年至 2100 年之间的日期。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Write a date and time between 1900 and 2100, e.g. 2026-11-28 21:05.</source>
        <translation>请填写 1900 年至 2100 年之间的日期和时间，例如 2026-11-28 21:05。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a period of at most {days} days.</source>
        <translation>所选时段最长为 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/accounts.py" line="+58" />
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
        <location filename="../../rescue_desk/services/maintenance.py" line="+52" />
        <source>The database file is damaged: {detail}</source>
        <extracomment>A callable asked now and then during long work; True means "stop now".</extracomment>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database {path} is damaged, so the desk did not open it.</source>
        <translation>数据库 {path} 已损坏，前台没有打开它。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Checking today's backup found the database damaged; an administrator should restore a sound backup under Settings → Backups (the log file has the details).</source>
        <translation>检查今天的备份时发现数据库已损坏；请管理员在“设置 → 备份”中恢复一份完好的备份（详情见日志文件）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{path} is not a Rescue Desk database.</source>
        <translation>{path} 不是救助站前台的数据库。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups from the desk work on a SQLite file; back up a shared PostgreSQL database with the server's own tools (pg_dump).</source>
        <translation>前台的备份功能用于 SQLite 文件；共享的 PostgreSQL 数据库请用服务器自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/settings.py" line="+20" />
        <source>This rule takes a whole number from {minimum} to {maximum}.</source>
        <translation>此规则应为 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Write the time as HH:MM, e.g. 09:00.</source>
        <translation>请按 时:分 填写时间，例如 09:00。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write the day as MM-DD, e.g. 11-15.</source>
        <translation>日期请写成 月-日，例如 11-15。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/printing/fonts.py" line="+36" />
        <source>No Chinese font for printing was found. Install WenQuanYi Micro Hei (fonts-wqy-microhei) or set the font file in Settings → Printing.</source>
        <translation>没有找到可用于打印的中文字体。请安装文泉驿微米黑（fonts-wqy-microhei），或在“设置 → 打印”中指定字体文件。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The font file {path} cannot be used for printing: {reason}. Choose a TrueType (.ttf or .ttc) Chinese font such as SimHei or WenQuanYi Micro Hei.</source>
        <translation>字体文件 {path} 不能用于打印：{reason}。请选择 TrueType 格式（.ttf 或 .ttc）的中文字体，例如黑体或文泉驿微米黑。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/domain/idnumber.py" line="+39" />
        <source>The ID number looks wrong.</source>
        <extracomment>The form field ID-number problems belong to. GB 11643 weights of the first 17 digits. GB 11643 check characters, indexed by the weighted sum modulo 11. Birth years before this one are flagged (nobody living was born earlier). What ``mask`` puts in place of the birth date and sequence of an 18-character number.</extracomment>
        <translation>证件号码看起来不对。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>An ID number has 18 characters (an old one 15 digits); this one has {length}. Check the number, or choose “save anyway” and give a reason.</source>
        <extracomment>Not a block: the form offers “save anyway” with a reason.</extracomment>
        <translation>身份证号为 18 位（旧号码 15 位），这里是 {length} 位。请核对号码，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>An ID number has only digits; just the last of 18 characters may be X. Check the number, or choose “save anyway” and give a reason.</source>
        <translation>身份证号只能是数字，只有第 18 位可以是 X。请核对号码，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The check character does not match: expected {expected}. Check the last character, or choose “save anyway” and give a reason.</source>
        <translation>身份证号校验位不符，应为 {expected}。请核对最后一位，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The birth date in the ID number ({digits}) is not a real date. Check the number, or choose “save anyway” and give a reason.</source>
        <translation>身份证号中的出生日期（{digits}）不是有效日期。请核对号码，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The birth date in the ID number ({birth_date}) is in the future. Check the number, or choose “save anyway” and give a reason.</source>
        <translation>身份证号中的出生日期（{birth_date}）晚于今天。请核对号码，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The birth date in the ID number ({birth_date}) is before 1900. Check the number, or choose “save anyway” and give a reason.</source>
        <translation>身份证号中的出生日期（{birth_date}）早于 1900 年。请核对号码，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The region code {region_code} at the start of the ID number is unknown. Check the first six digits, or choose “save anyway” and give a reason.</source>
        <translation>身份证号开头的地区代码 {region_code} 不存在。请核对前六位，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The date of birth entered ({entered}) differs from the one in the ID number ({id_birth_date}). Correct one of them, or choose “save anyway” and give a reason.</source>
        <translation>填写的出生日期（{entered}）与身份证号中的（{id_birth_date}）不一致。请改正其中一个，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The sex entered differs from the one in the ID number (its 17th digit is odd for men, even for women). Correct one of them, or choose “save anyway” and give a reason.</source>
        <translation>填写的性别与身份证号不一致（第 17 位单数为男，双数为女）。请改正其中一个，或选择“仍然保存”并说明原因。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/domain/custody.py" line="+36" />
        <source>ID documents are never withheld: an ID document stays with its owner.</source>
        <extracomment>Movement → the state it leaves an item in. Movements allowed from each state. The refusal reason recorded (and printed) when a person refuses the security check. Storage places offered until the station configures its own.</extracomment>
        <translation>身份证件一律不得扣留：证件由本人自行保管。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Destroying an item needs a witness: write down who witnessed it.</source>
        <translation>销毁物品须有见证人：请填写见证人。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Handing an item to the police needs the unit, the officer and the receipt number.</source>
        <translation>移交公安须填写接收单位、民警姓名和回执编号。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cash is counted by two officers: choose a second officer who counted it.</source>
        <translation>现金须由两名工作人员清点：请选择另一名清点人。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This item's present state does not allow that change.</source>
        <translation>该物品当前的状态不允许这项操作。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/domain/money.py" line="+22" />
        <source>Write the amount in yuan with at most two decimals, e.g. 123.50.</source>
        <extracomment>The largest amount the desk records (just under one trillion yuan, in fen).</extracomment>
        <translation>请以元为单位填写金额，最多两位小数，例如 123.50。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The amount is larger than the desk can record.</source>
        <translation>金额超出可记录的范围。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/custody.py" line="+90" />
        <source>The body check is done by an officer of the same sex as the person.</source>
        <translation>人身检查须由与受助人员同性别的工作人员进行。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Case {case_no} already has its security check.</source>
        <translation>救助编号 {case_no} 已做过安全检查。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Case {case_no} has ended; nothing can be added.</source>
        <translation>救助编号 {case_no} 已结束，不能再添加。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write the temperature in °C, e.g. 36.5 (between 30 and 45).</source>
        <translation>请按摄氏度填写体温，例如 36.5（30 到 45 之间）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quantity is a whole number from 1 to 9999.</source>
        <translation>数量应为 1 到 9999 的整数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a storage place from the station's list (Settings).</source>
        <translation>请从本站的存放位置列表中选择（设置中维护）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A bag needs at least one item.</source>
        <translation>保管袋中至少要有一件物品。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An item found missing needs a note saying what is known.</source>
        <translation>缺失的物品须写明已知情况。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Disposal is done by two officers: choose the second officer.</source>
        <translation>处置须由两名工作人员进行：请选择复核人。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This item may not be disposed of before {date}.</source>
        <translation>该物品在 {date} 之前不能处置。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{count} items held for this person are not yet counted back. Count them back first, or the leader on duty may decide with a reason.</source>
        <translation>为此人代保管的 {count} 件物品尚未清点归还。请先清点；或由带班领导说明理由后决定。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/intake.py" line="+107" />
        <source>The date cannot be in the future or before 1900.</source>
        <translation>日期不能晚于今天，也不能早于 1900 年。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The age is a whole number from 0 to 120.</source>
        <translation>年龄请填 0 到 120 之间的整数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The height is in centimetres, from 30 to 250.</source>
        <translation>身高以厘米计，在 30 到 250 之间。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter the date of birth, the age the person gives, or your estimate.</source>
        <translation>请填写出生日期、本人所述年龄或目测年龄。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose the kind of document this number belongs to.</source>
        <translation>请选择这个号码所属的证件类型。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This ID number is already registered to {name}. Pick that person from the candidates instead of creating a new record.</source>
        <translation>此证件号码已登记在{name}名下。请在右侧候选人中选择此人，不要新建人员。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This person is already in the station under case {case_no}.</source>
        <translation>此人目前在站，救助编号 {case_no}。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This person left {days} days ago (local rule: {period} days). Minors and people with mental or intellectual disability are exceptions. Decide and write down the decision.</source>
        <translation>此人 {days} 天前离站（本站规定：{period} 天内）。未成年人和精神、智力障碍人员除外。请作出决定并写明。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This person left {days} days ago, but is a minor or shows mental or intellectual disability, so the re-admission rule does not apply. Write down the decision.</source>
        <translation>此人 {days} 天前离站，但属于未成年人或有精神、智力障碍，不受再次求助规定限制。请写明处理决定。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Some entries need your decision before saving: see the amber notes.</source>
        <translation>有几项需要您作出决定后才能保存：见黄色提示。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose two different person records to merge.</source>
        <translation>请选择两条不同的人员记录进行合并。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Both records have a stay in the station now ({first} and {second}); end one first.</source>
        <translation>两条记录目前都在站（{first} 和 {second}），请先结束其中一条。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The photo is too large; use one under 2 MB.</source>
        <translation>照片太大，请使用小于 2 MB 的照片。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/pages/intake_page.py" line="-343" />
        <source>Write the date as 1980-05-03.</source>
        <translation>请按 1980-05-03 的格式填写日期。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write the date and time as 2026-11-28 20:30.</source>
        <translation>请按 2026-11-28 20:30 的格式填写日期和时间。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write a whole number, e.g. {example}.</source>
        <translation>请填写整数，例如 {example}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This file is not a picture the desk can read; choose a JPEG or PNG file.</source>
        <translation>无法读取这个文件中的图片，请选择 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/printing/intake_forms.py" line="+126" />
        <source>Case {case_no} was not refused, so it has no refusal notice.</source>
        <extracomment>Sex as printed. Sources in the order the registration form lists them. 低保/五保 status, in the order the form lists them. Initial inspection flags (初步检视), in the order the form lists them. How the age was found, after the age: nothing for a birth date, 目测 for an estimate. The legal basis of a refusal (救助管理办法 decree 381 and its implementing rules). Marks of a chosen and an open option in the text layer (the boxes themselves are drawn).</extracomment>
        <translation>救助编号 {case_no} 未作不予救助决定，没有不予救助通知书。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/domain/beds.py" line="-106" />
        <source>Bed {bed} was just given to someone else. Choose another bed.</source>
        <extracomment>M, F or U area, room and bed sort keys (a stable tie-break)</extracomment>
        <translation>床位 {bed} 刚刚已安排给他人，请另选床位。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bed {bed} is {state} and cannot be given now.</source>
        <translation>床位 {bed} 当前为“{state}”，不能安排。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bed {bed} is held for {held_for} until {until}. Release the hold first.</source>
        <translation>床位 {bed} 已为{held_for}预留至 {until}，请先取消预留。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This bed would put {breach}. Only with the leader on duty's approval and a reason.</source>
        <translation>此床位将造成“{breach}”，须经带班领导批准并说明理由。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Case {case_no} is not in the station, so it takes no bed.</source>
        <translation>救助编号 {case_no} 不在站内，不占床位。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Bed {bed} has someone in it. Move them to another bed first.</source>
        <translation>床位 {bed} 有人在住，请先把此人调到其他床位。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{what} {name} still has people in it. Move them to other beds first.</source>
        <translation>{what}“{name}”还有人在住，请先调到其他床位。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Say whether this area is for men or women (only a family area is mixed).</source>
        <translation>请选择此区域住男性还是女性（只有家庭区可混住）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A hold lasts from 1 to 48 hours.</source>
        <translation>预留时长为 1 至 48 小时。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Case {case_no} has no bed.</source>
        <translation>救助编号 {case_no} 没有床位。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/domain/departure.py" line="-44" />
        <source>Only a person aged 16 or over without signs of mental or intellectual disability may leave on their own request ({why}).</source>
        <extracomment>The provinces (省级行政区) by the first two digits of their region code.</extracomment>
        <translation>只有年满 16 周岁、无精神障碍或智力残疾迹象的人员才能自行离站（{why}）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{who} must be collected or escorted. Another way needs the leader on duty's approval with a reason.</source>
        <translation>{who}须由亲属接领或护送返乡。其他方式须经带班领导批准并说明理由。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A minor leaving other than collected or escorted is an exception: the leader on duty approves it with a reason.</source>
        <translation>未成年人不经接领或护送离站属于特殊情况，须带班领导批准并说明理由。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cash for the journey is at most ¥20.00; give a ticket instead.</source>
        <translation>路费现金最多 ¥20.00，请改为购买车票。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cash instead of a ticket is an exception: say why (a signed receipt is printed on the voucher).</source>
        <translation>发放现金而非车票属于特殊情况，请说明理由（乘车凭证上会打印签收收据）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cash for the journey goes with a travel voucher.</source>
        <translation>路费现金只随乘车凭证发放。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/approval.py" line="+38" />
        <source>Only a leader on duty can approve this. Ask them to enter their login and password.</source>
        <extracomment>login of the leader on duty, when another officer is logged in</extracomment>
        <translation>只有带班领导可以批准，请其输入账号和密码。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The leader on duty's password is not right.</source>
        <translation>带班领导密码不正确。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/beds.py" line="+100" />
        <source>Bed {bed} has been slept in and stays in the records. Mark it out of service instead of removing it.</source>
        <extracomment>Flags that put a tile under medical watch (cross icon).</extracomment>
        <translation>床位 {bed} 已有入住记录，须保留在档案中。请改为停用，不要删除。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The capacity is a whole number from 0 to 2000.</source>
        <translation>核定床位数为 0 至 2000 的整数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add from 1 to 200 beds at a time.</source>
        <translation>每次可添加 1 至 200 张床位。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The station already has areas; a template only starts an empty layout.</source>
        <translation>本站已有区域；模板只能用于尚未设置区域的站点。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{count} people in this area would then break the placement rules. Move them first.</source>
        <translation>这样修改后，此区域内 {count} 人将不符合安置规则，请先调整他们的床位。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/departures.py" line="+133" />
        <source>Case {case_no} already has a departure in preparation; open that one.</source>
        <extracomment>The departure types as written in the shift log. Fields that are times, yes/no, or money; the others are text (limit 200).</extracomment>
        <translation>救助编号 {case_no} 已有一条准备中的离站，请打开那一条。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Case {case_no} has already left the station.</source>
        <translation>救助编号 {case_no} 已经离站。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This departure is already {state} and cannot be changed.</source>
        <translation>此离站已是“{state}”状态，不能修改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Write the time as 2026-11-28 21:05 (not in the future).</source>
        <translation>时间请按 2026-11-28 21:05 的格式填写（不能晚于现在）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose the province from the list.</source>
        <translation>请从列表中选择省份。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Case {case_no} is not in hospital or out-of-station care.</source>
        <translation>救助编号 {case_no} 不在送医或站外托养状态。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This departure has no follow-up call.</source>
        <translation>此离站方式无需回访。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/domain/duty.py" line="+366" />
        <source>Each shift needs a name and its hours as 08:00 and 20:00.</source>
        <extracomment>first family-search notice a notice issued after the first month long-term placement started</extracomment>
        <translation>每个班次需要名称和起止时间，如 08:00 和 20:00。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No shift is called {key} (e.g. 20261128-night).</source>
        <translation>没有名为 {key} 的班次（格式如 20261128-night）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shift {key} has been handed over and is locked; write in the current shift.</source>
        <translation>班次 {key} 已交接并锁定，请在当前班次中记录。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shift-log entries are never changed; write a correction that refers to the entry.</source>
        <translation>值班记录一经写入不能修改；请另写一条更正并注明所更正的记录。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The shift closes when the incoming officer acknowledges with their own login, or the leader on duty closes it with a reason.</source>
        <translation>接班人用本人账号确认后本班才结束；或由带班领导说明理由后关闭。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The outgoing officer signs the handover first.</source>
        <translation>请交班人先签字交班。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The incoming officer is someone other than the outgoing one.</source>
        <translation>接班人不能是交班人本人。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>An extension is 1 to 90 days, with the reason and who approved it.</source>
        <translation>延期为 1 至 90 天，须写明理由和批准单位。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A minor's family-search notice needs a second officer's approval (their login and password).</source>
        <translation>未成年人的寻亲公告须由第二名工作人员审核（输入其账号和密码）。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/domain/outreach.py" line="+91" />
        <source>Only {left} {unit} of {item} are in stock; hand out at most that many.</source>
        <extracomment>Key places patrolled by default (the station edits the list). Supplies every station hands out in winter (name, unit, low-stock level).</extracomment>
        <translation>{item}库存只有 {left} {unit}，发放数量不能超过库存。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The number is a whole number from 1 to 99999.</source>
        <translation>数量为 1 至 99999 的整数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say who received it: a stay, a person met on a patrol, or a relief point.</source>
        <translation>请注明领取对象：在站受助人员、巡查中遇到的人员，或站外救助点。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The team cannot arrive before the call came in.</source>
        <translation>到达时间不能早于来电时间。</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/store/backup.py" line="+25" />
        <source>The backup was stopped before it was finished.</source>
        <extracomment>The first 16 bytes of every SQLite 3 database file. Files beside a SQLite database that belong to it (write-ahead log, shared memory, journal). SQLite virtual-machine steps between two looks at a ``stop`` request.</extracomment>
        <translation>备份在完成前被中止。</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../rescue_desk/ui/custody_page.py" line="-586" />
        <source>Receipt</source>
        <translation>物品收据</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bag tags</source>
        <translation>袋签</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check record</source>
        <translation>安检登记表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner signed</source>
        <translation>本人已签字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move bag</source>
        <translation>移库</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+24" />
        <source>Bag</source>
        <translation>袋号</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>状况／金额</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count back</source>
        <translation>领回清点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save counting back</source>
        <translation>保存领回清点</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Custody log</source>
        <translation>物品出入记录</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Officers</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place / note</source>
        <translation>位置／说明</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Checked {time} by {officer}; temperature {temp} °C; baggage {bag}.</source>
        <translation>{time} 由 {officer} 检查；体温 {temp} °C；行李{bag}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Found: {items}</source>
        <translation>查获：{items}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cash held: {figures} ({capitals})</source>
        <translation>代保管现金：{figures}（{capitals}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>owner signed</source>
        <translation>本人已签字</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not yet signed</source>
        <translation>本人尚未签字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bag {bag} at {place}, {signed}</source>
        <translation>保管袋 {bag} 存放于 {place}，{signed}</translation>
    </message>
    <message>
        <location line="+43" />
        <source>still held</source>
        <translation>仍在保管</translation>
    </message>
    <message>
        <location line="+1" />
        <source>returned</source>
        <translation>已领回</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Choose returned or missing for the items counted back.</source>
        <translation>请为清点的物品选择“已领回”或“缺失”。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Counting back saved; print the receipt for the owner to sign the return section.</source>
        <translation>领回清点已保存；请打印收据，由本人在领回确认栏签字。</translation>
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
    <name>Duty</name>
    <message>
        <location filename="../../rescue_desk/domain/duty.py" line="-315" />
        <source>Leader on duty</source>
        <extracomment>"08:00" "20:00" 带班领导 接待登记 安检 求助热线 司机</extracomment>
        <translation>带班领导</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+154" />
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location line="-153" />
        <source>Hotline</source>
        <translation>求助热线</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location line="+34" />
        <source>in two places in one shift</source>
        <translation>同一班次两个岗位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rest between shifts too short</source>
        <translation>两班之间休息不足</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no leader on duty</source>
        <translation>无带班领导</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Patrol round</source>
        <extracomment>the rest, for SHORT_REST an open task for the next shift</extracomment>
        <translation>巡查</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Admission</source>
        <translation>入站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Departure</source>
        <translation>离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Headcount</source>
        <translation>清点人数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open task</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Fight</source>
        <extracomment>Entries an officer writes by hand (the others come from the services).</extracomment>
        <translation>打架斗殴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Illness</source>
        <translation>突发疾病</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Self-harm</source>
        <translation>自伤自残</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Absconding</source>
        <translation>擅自离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fire</source>
        <translation>火情</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Stay limit</source>
        <extracomment>the outgoing officer signed the handover acknowledged by the incoming officer (or closed by the leader)</extracomment>
        <translation>在站期限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family-search notice (24 h)</source>
        <translation>寻亲公告（24 小时内）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DNA request (7 working days)</source>
        <translation>DNA 采样（7 个工作日内）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notice update (1 month)</source>
        <translation>更新公告（满 1 个月）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long-term: placement (3 months)</source>
        <translation>长期滞留：落户安置（满 3 个月）</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../../rescue_desk/ui/duty_page.py" line="+63" />
        <location filename="../../rescue_desk/ui/main_window.py" line="+1" />
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Headcount by area</source>
        <translation>各区域人数</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+85" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="-85" />
        <source>People</source>
        <translation>受助人员</translation>
    </message>
    <message>
        <location line="+4" />
        <source>People to watch</source>
        <translation>重点关注人员</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Deadlines due or overdue</source>
        <translation>到期和逾期事项</translation>
    </message>
    <message>
        <location line="+146" />
        <source>Case no.</source>
        <translation>救助编号</translation>
    </message>
    <message>
        <location line="-145" />
        <location line="+145" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-145" />
        <source>Deadline</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Follow-up calls not yet made</source>
        <translation>未完成的回访</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+59" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-59" />
        <location line="+59" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-59" />
        <location line="+60" />
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="-52" />
        <source>Quick entry, Enter to write it in the log</source>
        <translation>快速记录，按回车写入值班记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An entry is never edited, only corrected by a later one.</source>
        <translation>记录写入后不能修改，只能以新记录更正。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Night board</source>
        <translation>夜间看板</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sign in to this shift</source>
        <translation>签到本班</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New entry…</source>
        <translation>新记录…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign the handover…</source>
        <translation>交班签字…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Incoming officer acknowledges…</source>
        <translation>接班人确认…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader closes…</source>
        <translation>带班领导关闭…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Shift log and handover</source>
        <translation>值班记录与交接班</translation>
    </message>
    <message>
        <location line="+12" />
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat this week for</source>
        <translation>把本周排班复制到之后</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the week</source>
        <translation>打印本周值班表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Swap…</source>
        <translation>换班…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One officer takes another's post in the chosen cell; the swap is recorded</source>
        <translation>由另一名工作人员顶替所选单元格的岗位，换班会被记录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shift hours…</source>
        <translation>班次时间…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the month</source>
        <translation>打印本月总表</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Double-click a cell to choose who works that post in that shift.</source>
        <translation>双击单元格，选择该班次该岗位的值班人员。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Arrived</source>
        <translation>到站时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deadlines</source>
        <translation>期限事项</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Family-search notice…</source>
        <translation>寻亲公告…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DNA request sent…</source>
        <translation>已送 DNA 采样…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Extension…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Placement started</source>
        <translation>已启动落户安置</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Stay deadlines</source>
        <translation>在站期限</translation>
    </message>
    <message>
        <location line="+49" />
        <source>minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <location line="+0" />
        <source>medical watch</source>
        <translation>医疗观察</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new in 24 h</source>
        <translation>24 小时内新入站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>due to leave</source>
        <translation>将到期</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+4" />
        <location line="+7" />
        <location line="+326" />
        <location line="+7" />
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="-335" />
        <source>{name} {case}: call due {date}</source>
        <translation>{name} {case}：应于 {date} 回访</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Shift {name} {key}</source>
        <translation>本班 {name} {key}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>handover signed</source>
        <translation>交班人已签字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handover signed by {name} at {time}; waiting for the incoming officer</source>
        <translation>{name} 已于 {time} 签字交班，等待接班人确认</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+2" />
        <source>received by {name} at {time}</source>
        <translation>{name} 于 {time} 确认接班</translation>
    </message>
    <message>
        <location line="+2" />
        <source>closed by the leader on duty {name}: {reason}</source>
        <translation>带班领导 {name} 关闭：{reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Headcount at start: {start}</source>
        <translation>接班时人数：{start}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>at end: {end}</source>
        <translation>交班时人数：{end}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>people: {p}</source>
        <translation>涉及人员：{p}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>action: {a}</source>
        <translation>处置：{a}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>police called</source>
        <translation>已报警</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ambulance called</source>
        <translation>已呼叫 120</translation>
    </message>
    <message>
        <location line="+2" />
        <source>all well</source>
        <translation>一切正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(corrects no. {n}) </source>
        <translation>（更正第 {n} 条）</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Choose the entry to correct.</source>
        <translation>请选择要更正的记录。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The right account</source>
        <translation>正确的记述</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Take over the shift</source>
        <translation>接班确认</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The incoming officer acknowledges the handover with their own login. The shift is then locked.</source>
        <translation>接班人用本人账号确认交接，本班随即锁定。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another officer than the one who signed the handover.</source>
        <translation>须为交班人以外的工作人员。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The incoming officer's own login password.</source>
        <translation>接班人本人的登录密码。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No incoming officer has acknowledged. The leader on duty may close the shift with a reason.</source>
        <translation>尚无接班人确认。带班领导可说明理由后关闭本班。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Week of {first} to {last}</source>
        <translation>{first} 至 {last} 一周</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Shift / post</source>
        <translation>班次 / 岗位</translation>
    </message>
    <message>
        <location line="+21" />
        <source>（{h} h）</source>
        <translation>（{h} 小时）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No conflicts this week.</source>
        <translation>本周排班无冲突。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Choose the cell of the duty to swap.</source>
        <translation>请先选择要换班的单元格。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nobody is on that duty yet.</source>
        <translation>该岗位尚未排人。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Copy this week onto the next {n} weeks? What is planned there is replaced.</source>
        <translation>把本周排班复制到之后 {n} 周？这几周原有的排班将被替换。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{n} duties copied.</source>
        <translation>已复制 {n} 个班次岗位。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{what}: done {time}</source>
        <translation>{what}：已于 {time} 完成</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{what}: {time}</source>
        <translation>{what}：{time}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose a person in the list.</source>
        <translation>请在列表中选择人员。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>DNA request sent to the police</source>
        <translation>已向公安机关送检 DNA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reference</source>
        <translation>送检编号</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location line="-853" />
        <source>Shift log entry</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <location line="+13" />
        <source>All well</source>
        <translation>一切正常</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Police called (110)</source>
        <translation>已报警（110）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ambulance called (120)</source>
        <translation>已呼叫急救（120）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened</source>
        <translation>经过情况</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required, unless a patrol round is all well; an entry is never edited, only corrected later.</source>
        <translation>必填（巡查一切正常时可不填）；写入后不能修改，只能以新记录更正。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action taken</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write in the log</source>
        <translation>写入记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location line="+888" />
        <source>Extension of the stay limit</source>
        <translation>延长在站期限</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. the city civil-affairs bureau</source>
        <translation>如：市民政局</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 to 90 days.</source>
        <translation>1 至 90 天。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 to 90 days; the normal stay limit is {days} days (local rule).</source>
        <translation>1 至 90 天；常规在站期限为 {days} 天（本站规则）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved by</source>
        <translation>批准单位</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
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
        <location filename="../../rescue_desk/services/intake.py" line="-120" />
        <source>name</source>
        <extracomment>The name an unidentified person is registered under. Largest photo kept (bytes of JPEG).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/departures.py" line="-54" />
        <location filename="../../rescue_desk/services/intake.py" line="+8" />
        <location filename="../../rescue_desk/services/outreach.py" line="+58" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/intake.py" line="-6" />
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
        <location filename="../../rescue_desk/services/departures.py" line="-3" />
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
        <location filename="../../rescue_desk/services/duty.py" line="+98" />
        <source>officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+70" />
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/settings.py" line="+23" />
        <location line="+20" />
        <source>local rule</source>
        <translation>本站规则</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/custody.py" line="-81" />
        <location filename="../../rescue_desk/services/outreach.py" line="+7" />
        <source>description</source>
        <translation>物品名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <location line="+1" />
        <source>serial number</source>
        <translation>串号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seal number</source>
        <translation>封条号</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/duty.py" line="-6" />
        <source>notes</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/departures.py" line="+1" />
        <location filename="../../rescue_desk/services/outreach.py" line="-1" />
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/departures.py" line="-9" />
        <source>police unit</source>
        <translation>公安接收单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>police officer</source>
        <translation>接收民警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>storage place</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>officer who did the body check</source>
        <translation>人身检查人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bag</source>
        <translation>保管袋</translation>
    </message>
    <message>
        <location line="+4" />
        <source>custody change</source>
        <translation>物品出入</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/beds.py" line="-44" />
        <location filename="../../rescue_desk/services/duty.py" line="-4" />
        <source>area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1" />
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/custody.py" line="-3" />
        <location filename="../../rescue_desk/services/departures.py" line="-33" />
        <location filename="../../rescue_desk/services/duty.py" line="+9" />
        <location filename="../../rescue_desk/services/intake.py" line="+26" />
        <location filename="../../rescue_desk/services/outreach.py" line="+8" />
        <source>case</source>
        <translation>救助记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>area name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>room name</source>
        <translation>房间名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bed label</source>
        <translation>床位号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>held for</source>
        <translation>预留给</translation>
    </message>
    <message>
        <location line="+1" />
        <source>capacity</source>
        <translation>核定床位数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>layout template</source>
        <translation>布局模板</translation>
    </message>
    <message>
        <location line="+1" />
        <source>why the bed is freed</source>
        <translation>床位释放原因</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/custody.py" line="+1" />
        <source>item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>second officer</source>
        <translation>第二名工作人员</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/intake.py" line="-27" />
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+1" />
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>household registration place</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <location line="+1" />
        <source>residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location line="+2" />
        <source>build</source>
        <translation>体型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>marks</source>
        <translation>体表特征</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clothing</source>
        <translation>衣着</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accent or dialect</source>
        <translation>口音或方言</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reason for seeking help</source>
        <translation>求助原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>time away from home</source>
        <translation>流浪时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>history</source>
        <translation>流浪经历</translation>
    </message>
    <message>
        <location line="+1" />
        <source>needs</source>
        <translation>求助需求</translation>
    </message>
    <message>
        <location line="+1" />
        <source>relatives and contacts</source>
        <translation>亲属及联系人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>escorting unit</source>
        <translation>护送单位</translation>
    </message>
    <message>
        <location line="+12" />
        <source>initial inspection</source>
        <translation>初步检视</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/departures.py" line="+1" />
        <source>departure</source>
        <translation>离站</translation>
    </message>
    <message>
        <location line="+2" />
        <source>carrier</source>
        <translation>交通方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>train or bus number</source>
        <translation>车次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to</source>
        <translation>到达地</translation>
    </message>
    <message>
        <location line="+1" />
        <source>transfer station</source>
        <translation>中转站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rescue station at the transfer</source>
        <translation>中转地救助站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ticket number</source>
        <translation>票号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fare</source>
        <translation>票价</translation>
    </message>
    <message>
        <location line="+1" />
        <source>food given</source>
        <translation>已发放食品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reason for cash</source>
        <translation>发放现金理由</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collector's name</source>
        <translation>接领人姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>relation</source>
        <translation>与受助人关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collector's ID number</source>
        <translation>接领人身份证号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collector's phone</source>
        <translation>接领人电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collector's address</source>
        <translation>接领人地址</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/intake.py" line="-12" />
        <source>escorting officers</source>
        <translation>护送人员</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/outreach.py" line="-10" />
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/services/outreach.py" line="+1" />
        <source>route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location line="+1" />
        <source>receiving station or unit</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signed for by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signed for at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ward</source>
        <translation>科室/病区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>institution</source>
        <translation>托养/安置机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>grounds</source>
        <translation>终止救助理由</translation>
    </message>
    <message>
        <location line="+1" />
        <source>time last seen</source>
        <translation>最后一次见到的时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>search made</source>
        <translation>寻找情况</translation>
    </message>
    <message>
        <location line="+1" />
        <source>police told</source>
        <translation>已报告公安</translation>
    </message>
    <message>
        <location line="+2" />
        <source>time of death</source>
        <translation>死亡时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>police notified</source>
        <translation>已通知公安</translation>
    </message>
    <message>
        <location line="+1" />
        <source>family notified</source>
        <translation>已通知家属</translation>
    </message>
    <message>
        <location line="+1" />
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <location line="+1" />
        <source>county</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/intake.py" line="+1" />
        <source>badge numbers</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>escort's phone</source>
        <translation>护送人员电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>where found</source>
        <translation>发现地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>inspection notes</source>
        <translation>检视备注</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/approval.py" line="-21" />
        <location filename="../../rescue_desk/services/beds.py" line="-4" />
        <location filename="../../rescue_desk/services/departures.py" line="-41" />
        <location filename="../../rescue_desk/services/duty.py" line="-4" />
        <location filename="../../rescue_desk/services/intake.py" line="+1" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/intake.py" line="+1" />
        <source>reason for saving anyway</source>
        <translation>仍然保存的原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>decision on re-admission</source>
        <translation>再次求助的处理决定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>person</source>
        <translation>人员记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/duty.py" line="-6" />
        <source>what happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2" />
        <source>people involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action taken</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <location line="+1" />
        <source>keys, seals and cash box</source>
        <translation>钥匙、封条和备用金</translation>
    </message>
    <message>
        <location line="+3" />
        <source>approved by</source>
        <translation>批准单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>log entry</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="+1" />
        <source>intellectual and mental state</source>
        <translation>智力和精神状况</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/services/outreach.py" line="-7" />
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>who needs help</source>
        <translation>求助对象</translation>
    </message>
    <message>
        <location line="+1" />
        <source>team</source>
        <translation>救助小组</translation>
    </message>
    <message>
        <location line="+1" />
        <source>result</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location line="+5" />
        <source>follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location line="+1" />
        <source>supplies</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>received from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>relief point</source>
        <translation>救助点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <location line="+2" />
        <source>person met</source>
        <translation>巡查对象</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/departures_page.py" line="-394" />
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/duty_page.py" line="-881" />
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Headcount now: {text}</source>
        <translation>当前人数：{text}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Admissions</source>
        <translation>入站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Departures</source>
        <translation>离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incidents</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open tasks</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location line="+11" />
        <source>e.g. 3 keys, 2 seals, cash box ¥500 counted</source>
        <translation>如：钥匙 3 把，封条 2 个，备用金 ¥500 已清点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keys, seals, cash box</source>
        <translation>钥匙、封条、备用金</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required. The shift locks once the incoming officer acknowledges.</source>
        <translation>必填。接班人确认后本班次锁定。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign the handover</source>
        <translation>签字交班</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../rescue_desk/ui/help.py" line="+131" />
        <source>What do I do now?</source>
        <extracomment>Where the guides live: one folder per language, one Markdown file per guide. The language a guide falls back to when it has no text in the desk's language. The main window's pages that have a "What do I do now?" guide (its navigation keys). The guide of each role (``role_&lt;name&gt;.md``), in the order the role list shows them. the close button (or Esc) hid the panel</extracomment>
        <translation>现在该做什么？</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close this panel (Esc)</source>
        <translation>关闭此面板（Esc）</translation>
    </message>
    <message>
        <location line="+20" />
        <source>There is no guide for this page yet.</source>
        <translation>此页面暂无说明。</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/beds_page.py" line="-479" />
        <source>Hold this bed</source>
        <translation>预留床位</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Who is expected, e.g. police bringing a man</source>
        <translation>为谁预留，如：公安护送一名男子途中</translation>
    </message>
    <message>
        <location line="+4" />
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Held for</source>
        <translation>预留给</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 to 48 hours; the station's default is {hours} h (local rule).</source>
        <translation>1 至 48 小时；本站默认 {hours} 小时（本站规则）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hold</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../rescue_desk/domain/intake.py" line="+25" />
        <source>Walk-in</source>
        <extracomment>自行求助 公安护送 城管 街面巡查 热线 医院转入 外站转入</extracomment>
        <translation>自行求助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Police escort</source>
        <translation>公安护送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City management</source>
        <translation>城管护送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Street patrol</source>
        <translation>街面巡查</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hotline</source>
        <translation>求助热线</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hospital transfer</source>
        <translation>医院转入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another station</source>
        <translation>外站转入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No document</source>
        <extracomment>Sources whose escort (unit, officers, badges, phone, where and when found) is recorded. 无证件 居民身份证 户口簿 港澳居民来往内地通行证 台湾居民来往大陆通行证 护照</extracomment>
        <translation>无证件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Household register</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Neither</source>
        <extracomment>Document types whose number is a GB 11643 resident ID number. 低保 五保 / 特困供养</extracomment>
        <translation>均无</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum living allowance (低保)</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Five guarantees (五保)</source>
        <translation>五保（特困供养）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Visible injury</source>
        <extracomment>date of birth known the person says their age 目测年龄 suspected mental disorder suspected infectious disease critically ill apparently a minor dementia or intellectual disability suspected victim of trafficking (special group) fleeing domestic violence (special group) a left-behind child (留守儿童, special group)</extracomment>
        <translation>外伤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suspected mental disorder</source>
        <translation>疑似精神障碍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suspected infectious disease</source>
        <translation>疑似传染病</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drunk</source>
        <translation>醉酒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critically ill</source>
        <translation>危重病</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apparently a minor</source>
        <translation>疑似未成年人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dementia or intellectual disability</source>
        <translation>痴呆或智力障碍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suspected trafficking victim</source>
        <translation>疑似被拐卖</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fleeing domestic violence</source>
        <translation>家庭暴力受害</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Admit</source>
        <extracomment>予以救助 先救治后救助 移交公安 不予救助 (refusal notice)</extracomment>
        <translation>予以救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hospital first</source>
        <translation>先救治后救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hand to the police</source>
        <translation>移交公安</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refuse</source>
        <translation>不予救助</translation>
    </message>
    <message>
        <location line="+12" />
        <source>In station</source>
        <extracomment>在站 送医 (still counted) 站外托养 (still counted, no bed) ended: refused, handed to police, or departed</extracomment>
        <translation>在站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In hospital</source>
        <translation>送医</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In out-of-station care</source>
        <translation>站外托养</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/intake_page.py" line="-39" />
        <source>same ID number</source>
        <extracomment>Why a person is offered as a candidate (context ``IntakePage``).</extracomment>
        <translation>证件号码相同</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same case no.</source>
        <translation>救助编号相同</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same pinyin</source>
        <translation>拼音相同</translation>
    </message>
    <message>
        <location line="+1" />
        <source>similar name</source>
        <translation>姓名相近</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/app.py" line="+21" />
        <location filename="../../rescue_desk/ui/main_window.py" line="-5" />
        <location filename="../../rescue_desk/ui/pages/intake_page.py" line="+379" />
        <source>Intake</source>
        <extracomment>IntakeResult a quiet note for the status bar case number to show in the stay dialog</extracomment>
        <translation>求助登记</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/pages/intake_page.py" line="+62" />
        <source>Ctrl+S save · Esc clear · Ctrl+P print the last slip</source>
        <extracomment>the save under way (tried again while busy)</extracomment>
        <translation>Ctrl+S 保存 · Esc 清空 · Ctrl+P 打印上一张小票</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the form (Esc)</source>
        <translation>清空表单（Esc）</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+414" />
        <source>Save the intake</source>
        <translation>保存登记</translation>
    </message>
    <message>
        <location line="-412" />
        <source>Save the person and this stay (Ctrl+S)</source>
        <translation>保存人员信息和本次救助记录（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Not this person</source>
        <translation>不是此人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Register a new person instead; what you typed before comes back</source>
        <translation>改为新建人员；恢复您之前填写的内容</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Came back soon</source>
        <translation>再次求助</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. admitted with the leader on duty's consent</source>
        <translation>例如：经带班领导同意，予以救助</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+611" />
        <source>Name, or pinyin initials to search</source>
        <translation>姓名，或输入拼音首字母查找</translation>
    </message>
    <message>
        <location line="-610" />
        <source>Name unknown (无名氏)</source>
        <translation>姓名不详（无名氏）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registered as 无名氏 with a station number, e.g. 无名氏2026-007</source>
        <translation>登记为无名氏并编站内编号，例如 无名氏2026-007</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+237" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-234" />
        <source>Required, unless “Name unknown” is ticked.</source>
        <translation>必填；勾选“姓名不详”时除外。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“Cannot be determined” takes the sex from the ID number when there is one.</source>
        <translation>选“无法确定”时，如有身份证号，按号码确定性别。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>or the age below</source>
        <translation>或填下面的年龄</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stated by the person</source>
        <translation>本人所述</translation>
    </message>
    <message>
        <location line="+2" />
        <source>estimated (目测)</source>
        <translation>目测</translation>
    </message>
    <message>
        <location line="+8" />
        <source>years</source>
        <translation>岁</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location line="+4" />
        <source>18 characters; a 15-digit old number is upgraded</source>
        <translation>18 位；15 位旧号码会自动升位</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Date of birth (e.g. 1980-05-03, not in the future), or the age: at least one.</source>
        <translation>出生日期（如 1980-05-03，不能晚于今天）或年龄，至少填一项。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Whole years, 0 to 120; under 18 is a minor, placed apart from adults.</source>
        <translation>整岁，0 至 120；未满18周岁为未成年人，与成年人分开安置。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>An ID number needs a document type other than “No document”.</source>
        <translation>填写证件号码时，证件类型不能选“无证件”。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Resident ID: 18 characters, the last may be X; checked against date of birth and sex; saved with a reason if it fails.</source>
        <translation>身份证号18位，末位可为X；与出生日期、性别核对，不符时须说明原因才能保存。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. the number as the person gives it; no document</source>
        <translation>例如：本人所报，无证件可核对</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save anyway, reason</source>
        <translation>仍然保存，原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why the number is kept although it looks wrong. Enter saves.</source>
        <translation>号码看起来有误但仍然保存的原因。按回车键保存。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location line="+5" />
        <source>低保 / 五保</source>
        <translation>低保 / 五保</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+145" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-141" />
        <source>Arrival and source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required. A police escort needs the escorting unit.</source>
        <translation>必选。公安护送须填写护送单位。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Arrived at</source>
        <translation>到站时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required; not in the future.</source>
        <translation>必填；不能晚于现在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 某某派出所</source>
        <translation>例如：某某派出所</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+502" />
        <source>Escorting unit</source>
        <translation>护送单位</translation>
    </message>
    <message>
        <location line="-501" />
        <source>Required for a police escort: the unit on the police handover form.</source>
        <translation>公安护送时必填：公安移送单上的单位。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escorting officers</source>
        <translation>护送人员</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Badge numbers</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escort's phone</source>
        <translation>护送人员电话</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where found</source>
        <translation>发现地点</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date and time, e.g. 2026-11-28 20:30; not in the future.</source>
        <translation>日期和时间，如 2026-11-28 20:30；不能晚于现在。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Initial check</source>
        <translation>初步检视</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Counts as a minor while the age is not known.</source>
        <translation>年龄不详时按未成年人对待。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rules out leaving on own request; an exception to the re-admission warning.</source>
        <translation>不得自行离站；属再次求助提醒的例外情形。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Seen</source>
        <translation>检视所见</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required. Any outcome but Admit needs a reason.</source>
        <translation>必选。除“予以救助”外均须填写原因。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+46" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Required unless admitted; a refusal notice prints it.</source>
        <translation>不是“予以救助”时必填；不予救助通知书会打印此原因。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Physical features</source>
        <translation>体貌特征</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cm</source>
        <translation>厘米</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole centimetres, 30 to 250.</source>
        <translation>整厘米，30 至 250。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. thin, medium, stout</source>
        <translation>例如：偏瘦、中等、偏胖</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Build</source>
        <translation>体型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>scars, tattoos, birthmarks…</source>
        <translation>疤痕、纹身、胎记……</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marks</source>
        <translation>体表特征</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clothing</source>
        <translation>衣着</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accent or dialect</source>
        <translation>口音或方言</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fingerprints taken</source>
        <translation>已采集指纹</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fingerprints</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Seeking help</source>
        <translation>求助情况</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. about a month</source>
        <translation>例如：一个多月</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time away</source>
        <translation>流浪时间</translation>
    </message>
    <message>
        <location line="+3" />
        <source>History</source>
        <translation>流浪经历</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. go home, a bed tonight, a doctor</source>
        <translation>例如：返乡、今晚住宿、看病</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs</source>
        <translation>求助需求</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Relatives and contacts</source>
        <translation>亲属及联系人</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+21" />
        <source>May have been here before</source>
        <translation>可能是以前来过的人</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Case no.</source>
        <translation>救助编号</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Next: the security check and belongings, on the “Security &amp; belongings” page.</source>
        <translation>下一步：在“安检与物品”页进行安全检查和物品登记。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Register the next person</source>
        <translation>登记下一位</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the form for the next person (Esc)</source>
        <translation>清空表单，登记下一位（Esc）</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+270" />
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location line="-266" />
        <source>Print the last intake slip</source>
        <translation>打印上一张登记小票</translation>
    </message>
    <message>
        <location line="+230" />
        <source>Your role does not register people (front desk and duty officers do); you can still search who has been here before.</source>
        <translation>您的角色不能办理登记（由接待登记员和值班员办理）；您仍可查找以前来过的人。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Required when the person left less than {days} days ago (local rule); minors and people with mental or intellectual disability are exceptions.</source>
        <translation>离站不满 {days} 天再次求助时必填（本站规则）；未成年人和精神、智力障碍者属例外。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Clear the form? What you typed for this person is lost.</source>
        <translation>清空表单？为此人填写的内容将丢失。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Registered as 无名氏 with a station number</source>
        <translation>将登记为无名氏并编站内编号</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Refusal reason *</source>
        <translation>不予救助原因 *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Number on record, partly hidden; to correct it, type it again in full.</source>
        <translation>已登记的号码（部分隐藏）；如需更正，请完整重新输入。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} of 18 characters typed</source>
        <translation>已输入 {n} / 18 位</translation>
    </message>
    <message>
        <location line="+5" />
        <source>born {date}</source>
        <translation>出生 {date}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>old number, stored as {number}</source>
        <translation>旧号码，将存为 {number}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From the number: {facts}</source>
        <translation>号码显示：{facts}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{age} years: a minor. Civil affairs is the temporary guardian; placed apart from adults.</source>
        <translation>{age} 岁，未成年人：民政部门为临时监护人，与成年人分开安置。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{age} years on arrival</source>
        <translation>到站时 {age} 岁</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Another desk is saving at this moment. Waiting to try again ({attempt} of {attempts})…</source>
        <translation>另一台前台正在保存，稍候将重试（第 {attempt} 次，共 {attempts} 次）……</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Not saved yet: see the red note in the form.</source>
        <translation>尚未保存：请看表单中的红色提示。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Registered {case_no} {name}</source>
        <translation>已登记 {case_no} {name}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Printed: {form}</source>
        <translation>已打印：{form}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved as PDF.</source>
        <translation>已存为 PDF。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing registered at this desk yet to print.</source>
        <translation>本机还没有登记记录可打印。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Intake slip {case_no} sent to print.</source>
        <translation>登记小票 {case_no} 已送去打印。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location line="+80" />
        <source>A new stay for this person is being registered.</source>
        <translation>正在为此人登记新的救助记录。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask and compare; if one of them is the person, choose them so their stays stay together (Alt+1, Alt+2…).</source>
        <translation>请询问并核对；如果是其中某人，请选择此人，使其历次救助记录归在一起（Alt+1、Alt+2…）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody found who may have been here before: a new person will be registered.</source>
        <translation>没有找到以前来过的人：将新建人员。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the name (or pinyin initials), the ID number or the phone: people who may have been here before appear here.</source>
        <translation>输入姓名（或拼音首字母）、证件号码或电话后，以前来过的人会显示在这里。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Returning person: {name} (earlier stays: {n}, the last {case_no}). Check the details with them; saving starts a new stay.</source>
        <translation>以前来过的人：{name}（此前 {n} 次，最近一次 {case_no}）。请与本人核对信息；保存后开始新的救助记录。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Returning person: {name}. Check the details with them; saving starts a new stay.</source>
        <translation>以前来过的人：{name}。请与本人核对信息；保存后开始新的救助记录。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/custody_page.py" line="-538" />
        <source>Item found</source>
        <translation>查获物品</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ID documents are never withheld: they stay with their owner.</source>
        <translation>身份证件一律不得扣留，由本人自行保管。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A whole number, 1 to 9999.</source>
        <translation>整数，1 至 9999。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What is done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ID documents may only be kept by their owner.</source>
        <translation>身份证件只能由本人自行保管。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Counted with</source>
        <translation>共同清点人</translation>
    </message>
    <message>
        <location line="-7" />
        <source>In yuan, at most two decimals (e.g. 123.50); counted by two officers.</source>
        <translation>以元为单位，最多两位小数（如 123.50）；由两名工作人员清点。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Required for cash held: another officer than you.</source>
        <translation>代保管现金时必选：您以外的另一名工作人员。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial / IMEI</source>
        <translation>串号／IMEI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seal number</source>
        <translation>封条号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required when the item is handed to the police.</source>
        <translation>移交公安时必填。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Police unit</source>
        <translation>公安接收单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Police officer</source>
        <translation>接收民警</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Destroying an item needs a witness.</source>
        <translation>销毁物品须有见证人。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
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
        <location line="+66" />
        <location line="+7" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="-69" />
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
        <location line="+18" />
        <location line="+35" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="-69" />
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
        <location line="+20" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Follow-up call after departure</source>
        <translation>离站后回访</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This many days after a person leaves for home, the desk reminds staff to call and confirm they arrived.</source>
        <translation>受助人员返乡离站后满此天数，前台提醒工作人员电话回访，确认是否平安到家。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Rest between two shifts</source>
        <translation>两班之间最少休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The duty roster flags an officer whose rest between two shifts is shorter than this.</source>
        <translation>值班表中两个班次之间休息时间少于此值的人员会被标出。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Hotline: arrival target</source>
        <translation>热线：到达时限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A team sent after a hotline call should arrive within this time; later arrivals are flagged.</source>
        <translation>接到热线后派出的救助小组应在此时间内到达，超时的会被标出。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hotline: arrival target for far places</source>
        <translation>热线：偏远地点到达时限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The arrival target when the place is marked as far.</source>
        <translation>地点标为偏远时的到达时限。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Automatic backups: days kept</source>
        <translation>自动备份：保留天数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The desk backs the database up at the first start of each day and when it closes; of these it keeps the newest of each of the last this many days that have one.</source>
        <translation>前台在每天第一次启动时和关闭时自动备份数据库；在有备份的最近这么多天里，每天保留最新的一份。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Automatic backups: weeks kept</source>
        <translation>自动备份：保留周数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It also keeps the newest automatic backup of each of the last this many weeks. Backups made by hand or before an upgrade or a restore are never deleted.</source>
        <translation>另外，在最近这么多周里，每周保留最新的一份自动备份。手动备份以及升级前、恢复前的备份永远不会被删除。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Winter campaign starts</source>
        <translation>寒冬送温暖开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first day (month-day) of the winter campaign (寒冬送温暖).</source>
        <translation>寒冬送温暖专项行动的第一天（月-日）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Winter campaign ends</source>
        <translation>寒冬送温暖结束</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The last day (month-day) of the winter campaign.</source>
        <translation>寒冬送温暖专项行动的最后一天（月-日）。</translation>
    </message>
    <message>
        <location line="+5" />
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
    <name>LocationsTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-153" />
        <source>One storage place per line, as written on the shelves and lockers. Bags are put in these places.</source>
        <translation>每行一个存放位置，与货架、柜子上的标记一致。保管袋只能放在这些位置。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>At least one place; at most 40 characters a line.</source>
        <translation>至少一处；每行最多 40 个字。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save places</source>
        <translation>保存存放位置</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Storage places saved.</source>
        <translation>存放位置已保存。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/dialogs.py" line="+39" />
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
        <location line="+1" />
        <source>{n} wrong passwords in a row lock the account for {minutes} minutes.</source>
        <translation>连续输错密码 {n} 次，账号锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <location line="+16" />
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
        <location filename="../../rescue_desk/ui/main_window.py" line="-63" />
        <source>{station} — Rescue Desk</source>
        <translation>{station} — 救助站前台</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DEMO — a demo station with made-up people; nothing here is real</source>
        <translation>演示 DEMO — 演示站点，人员和数据全部为虚构</translation>
    </message>
    <message>
        <location line="+183" />
        <source>Officer: {name} ({roles})</source>
        <translation>登录人员：{name}（{roles}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shift: no duty roster yet</source>
        <translation>班次：尚未排班</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>People in the station now (those in hospital or out-of-station care included) and the beds in service</source>
        <translation>当前在站人数（含送医和站外托养）及可用床位数</translation>
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
        <source>About Rescue Desk</source>
        <translation>关于救助站前台</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Merge two records of one person…</source>
        <translation>合并同一人的两条记录…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What do I do now? (F1)</source>
        <translation>现在该做什么？（F1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show what to do on this page, step by step (F1)</source>
        <translation>逐步说明本页该怎么做（F1）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Guides for each role…</source>
        <translation>各角色上岗指南…</translation>
    </message>
    <message>
        <location line="+99" />
        <source>The two records were merged.</source>
        <translation>两条记录已合并。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>In station {n} / beds {beds}</source>
        <translation>在站 {n} / 床位 {beds}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing found for “{text}”.</source>
        <translation>没有找到“{text}”。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Shift: {name} {start}–{end} · leader on duty: {leader}</source>
        <translation>班次：{name} {start}–{end} · 带班领导：{leader}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not on the roster</source>
        <translation>未排班</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/merge_dialog.py" line="+71" />
        <source>Merge two records of the same person</source>
        <translation>合并同一人的两条人员记录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use this when one person was registered twice, e.g. under a different name. All stays move to the record you keep.</source>
        <translation>同一人被登记成了两个人员（例如用了不同的名字）时使用。所有救助记录都归入保留的那一条。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record to keep</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record to merge into it</source>
        <translation>并入的记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Two different records; at most one of them may be in the station now.</source>
        <translation>须为两条不同的记录，且最多一条当前在站。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep the right-hand record instead</source>
        <translation>改为保留右边的记录</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+7" />
        <source>All stays of {gone} will belong to {keep}, and {gone} will no longer be found as a separate person. This cannot be undone. Merge?</source>
        <translation>{gone} 的所有救助记录将归入 {keep}，之后查找时不再单独出现 {gone}。此操作不能撤销。确定合并吗？</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Find and choose both records first.</source>
        <translation>请先查找并选中两条记录。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/custody_page.py" line="+470" />
        <source>Move bag</source>
        <translation>移库</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New place</source>
        <translation>新位置</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move</source>
        <translation>移库</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/duty_page.py" line="+793" />
        <source>Family-search notice</source>
        <translation>寻亲公告</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intellectual and mental state</source>
        <translation>智力和精神状况</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A minor's notice is approved by a second officer.</source>
        <translation>未成年人的寻亲公告须经第二名工作人员审核。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Second officer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another officer than you.</source>
        <translation>须为您以外的另一名工作人员。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their password</source>
        <translation>其密码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The second officer's own login password.</source>
        <translation>第二名工作人员本人的登录密码。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issue and print</source>
        <translation>发布并打印</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OfficersTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-227" />
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
    <name>Outreach</name>
    <message>
        <location filename="../../rescue_desk/domain/outreach.py" line="-86" />
        <source>Advice by phone</source>
        <extracomment>电话指引 派出救助小组 转公安 110 转 120 转其他部门</extracomment>
        <translation>电话指引</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team sent</source>
        <translation>派出救助小组</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Police (110) called</source>
        <translation>转公安（110）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ambulance (120) called</source>
        <translation>转急救（120）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referred elsewhere</source>
        <translation>转其他部门</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+30" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Came in</source>
        <extracomment>同意入站 拒绝入站，发放物资 转介</extracomment>
        <translation>同意入站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused, given supplies</source>
        <translation>拒绝入站，已发放物资</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referred</source>
        <translation>已转介</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../../rescue_desk/ui/main_window.py" line="-357" />
        <location filename="../../rescue_desk/ui/outreach_page.py" line="+184" />
        <source>Outreach</source>
        <translation>外展救助</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/outreach_page.py" line="+6" />
        <source>Cold-wave warning today (patrol daily)</source>
        <translation>今日寒潮预警（每日巡查）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New call…</source>
        <translation>新来电…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Arrival and result…</source>
        <translation>到达与处置…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who needs help</source>
        <translation>求助对象</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrived</source>
        <translation>到站时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Minutes</source>
        <translation>用时（分钟）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Case no.</source>
        <translation>救助编号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hotline (last 30 days)</source>
        <translation>求助热线（近 30 天）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New patrol…</source>
        <translation>新巡查…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Set out</source>
        <translation>出发时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Team</source>
        <translation>救助小组</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>People met</source>
        <translation>巡查对象</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Came in</source>
        <translation>同意入站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Street patrols (last 30 days)</source>
        <translation>街面巡查（近 30 天）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Received…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hand out…</source>
        <translation>发放…</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>Supplies</source>
        <translation>救助物资</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low-stock level</source>
        <translation>库存预警线</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Winter campaign {first} to {last}: day {n}.</source>
        <translation>寒冬送温暖专项行动 {first} 至 {last}：第 {n} 天。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Outside the winter campaign.</source>
        <translation>当前不在寒冬送温暖专项行动期间。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>far</source>
        <translation>偏远</translation>
    </message>
    <message>
        <location line="+4" />
        <source>OVER TARGET</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cold wave</source>
        <translation>寒潮</translation>
    </message>
    <message>
        <location line="+7" />
        <source>LOW</source>
        <translation>不足</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-102" />
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
        <location line="+1" />
        <source>The same as the new password.</source>
        <translation>须与新密码一致。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/outreach_page.py" line="-269" />
        <source>Street patrol</source>
        <translation>街面巡查</translation>
    </message>
    <message>
        <location line="+7" />
        <source>e.g. team 1: Sun Qiang, Zhao Jun</source>
        <translation>如：救助一组：孙强、赵军</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Set out</source>
        <translation>出发时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required; not in the future.</source>
        <translation>必填；不能晚于现在。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team</source>
        <translation>救助小组</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key places</source>
        <translation>重点点位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People met</source>
        <translation>巡查对象</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who (sex, age, state)</source>
        <translation>对象（性别、年龄、状况）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Case no. if came in</source>
        <translation>入站的救助编号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add a person met</source>
        <translation>添加巡查对象</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PatternsDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/duty_page.py" line="+82" />
        <source>Shift hours</source>
        <translation>班次时间</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add a shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the shift</source>
        <translation>删除班次</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../rescue_desk/ui/main_window.py" line="-5" />
        <location filename="../../rescue_desk/ui/people_page.py" line="+468" />
        <source>People</source>
        <extracomment>The roles the model answers. Space left and right of a cell's text, and between the icon and the text. a full-width (CJK) character, and a generous width for any other character A row was double-clicked or Enter pressed on it: the person's id. A short note for the status bar (a block that could not be read, for one).</extracomment>
        <translation>受助人员</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/people_page.py" line="+12" />
        <source>Print presence roll</source>
        <translation>打印在站人员名册</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print everyone in the station now, by area and bed (fire drill, outage)</source>
        <translation>打印当前所有在站人员，按区域和床位排列（消防演练、停电时使用）</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Newest registered first. Double-click a person, or press Enter, to open them.</source>
        <translation>按登记先后排列，最新登记的在前。双击某人或按回车键即可打开。</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Nobody registered yet</source>
        <translation>还没有登记任何受助人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone the station helps appears here once registered at the intake, newest first, with where their latest stay stands.</source>
        <translation>在求助登记中登记过的每一位受助人员都会列在这里，最新登记的在前，并显示其最近一次救助的去向。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody is in the station now</source>
        <translation>目前没有在站人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People counted as in the station appear here: in a bed, waiting for one, in hospital or in out-of-station care.</source>
        <translation>计入在站人数的人员会列在这里：已安排床位、待安排床位、送医或站外托养的人员。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No unidentified people</source>
        <translation>没有身份不明人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People registered with a station number because their name is not known appear here.</source>
        <translation>因姓名不详而以站内编号（无名氏）登记的人员会列在这里。</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Everyone ({n})</source>
        <extracomment>What the page is for, per filter, while that list is empty (made when first needed). Whether the list has been read (the page reads nothing until reloaded or shown).</extracomment>
        <translation>全部（{n}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the station now ({n})</source>
        <translation>在站（{n}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unidentified ({n})</source>
        <translation>身份不明（{n}）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} people</source>
        <translation>共 {n} 人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} people in the station now</source>
        <translation>在站 {n} 人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} unidentified people</source>
        <translation>身份不明 {n} 人</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location line="-344" />
        <source>Name</source>
        <extracomment>Blocks the model keeps (the rest are read again when scrolled back to). Status colours (never the only cue: the cell says it in words). Icons of the flags (UI.md: minor = a child icon, medical watch = a cross). The filter buttons as one segmented control (set on the buttons alone: a style sheet on the page would also be matched for every cell the table paints). per text, its full-width (CJK) and its other characters, for a quick guess of its width (one flat tuple of numbers: the garbage collector need not track it) Alignment of each column's text (name … flags). A block could not be read (a DeskError, e.g. the database is busy). The translated words of the cells, looked up once. Blocks read since the list was set (tests and the benchmark look at it).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stays</source>
        <translation>救助次数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latest case no.</source>
        <translation>最近救助编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrived</source>
        <translation>到站时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where now</source>
        <translation>当前去向</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No stay</source>
        <translation>无救助记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In station · {place}</source>
        <translation>在站 · {place}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In station · waiting for a bed</source>
        <translation>在站 · 待安排床位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused {day}</source>
        <translation>{day} 不予救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handed to the police {day}</source>
        <translation>{day} 移交公安</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Died {day}</source>
        <translation>{day} 死亡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left {day} · {how}</source>
        <translation>{day} 离站 · {how}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left {day}</source>
        <translation>{day} 离站</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medical watch</source>
        <translation>医疗观察</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unidentified</source>
        <translation>身份不明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID number unchecked</source>
        <translation>证件号码待核实</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../rescue_desk/ui/merge_dialog.py" line="-78" />
        <source>Name, pinyin, ID number, phone or case no.</source>
        <translation>姓名、拼音、证件号、电话或救助编号</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../rescue_desk/ui/setup_wizard.py" line="+57" />
        <source>A test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The station is set up and you are logged in. Print a test page to check the printer, the Chinese font and the scale.</source>
        <translation>站点已设置好，您已登录。请打印一张测试页，检查打印机、中文字体和打印比例。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print a test page…</source>
        <translation>打印测试页…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>On the test page, the ruler must measure 100 mm and the Chinese text must be clear. If the font is missing, install WenQuanYi Micro Hei or choose a font file in Settings → Printing. You can print the test page again there.</source>
        <translation>测试页上的标尺应量得 100 毫米，中文应清晰。如果缺少字体，请安装文泉驿微米黑，或在“设置 → 打印”中选择字体文件；在那里也可以再次打印测试页。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The test page was sent to the printer.</source>
        <translation>测试页已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../rescue_desk/ui/printing.py" line="+53" />
        <source>Intake slip</source>
        <extracomment>The forms of a stay the desk prints, by their key in ``printing.intake_forms.FORMS``: the title (also the file name) and the button (context ``Printing``).</extracomment>
        <translation>登记小票</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the intake slip (80 mm)</source>
        <translation>打印登记小票（80 mm）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration form</source>
        <translation>求助登记表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the registration form (A4)</source>
        <translation>打印求助登记表（A4）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refusal notice</source>
        <translation>不予救助通知书</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the refusal notice (A4)</source>
        <translation>打印不予救助通知书（A4）</translation>
    </message>
    <message>
        <location line="+56" />
        <location line="+219" />
        <source>Save as PDF</source>
        <extracomment>Forms that must show the full ID number (the others show it masked). QSettings key of the printing font file chosen on this PC (Settings → Printing).
----------
form kind, saved as PDF (else printed)</extracomment>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="-218" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file {path} could not be written ({reason}). Choose another folder.</source>
        <translation>无法写入文件 {path}（{reason}）。请换一个文件夹。</translation>
    </message>
    <message>
        <location line="+69" />
        <source>The printer could not be used, so {name} was not printed. Check that a printer is chosen, switched on and has paper, then print again; or use “Save as PDF” and print the file from another computer.</source>
        <translation>打印机无法使用，{name} 未打印。请检查是否已选择打印机、打印机是否开机并有纸，然后重新打印；也可以用“另存为 PDF”，在另一台电脑上打印该文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} could not be drawn for printing. Use “Save as PDF” and print the file from another program, or tell the administrator (the log file has the details).</source>
        <translation>{name} 无法生成打印页面。请用“另存为 PDF”后在其他程序中打印，或告知管理员（详情见日志文件）。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Print preview — {name}</source>
        <translation>打印预览 — {name}</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+15" />
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No program to open PDF files was found on this computer. Use “Save as PDF” and print the file from another program.</source>
        <translation>这台电脑上没有找到能打开 PDF 文件的程序。请用“另存为 PDF”保存后，用其他程序打印。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This form cannot be printed by this version of the desk yet; use the paper form.</source>
        <translation>本版本的前台还不能打印这份表格，请使用纸质表格。</translation>
    </message>
</context>
<context>
    <name>PrintingTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="+262" />
        <source>Printing on this PC</source>
        <translation>本机打印</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Empty: found on the system (e.g. SimHei, Microsoft YaHei, WenQuanYi Micro Hei)</source>
        <translation>留空：自动查找系统字体（如黑体、微软雅黑、文泉驿微米黑）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chinese font file</source>
        <translation>中文字体文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A TrueType font (.ttf or .ttc) with Chinese characters; it is embedded in every printed form.</source>
        <translation>含中文字符的 TrueType 字体（.ttf 或 .ttc），会嵌入每一份打印的表单。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Font in use</source>
        <translation>正在使用的字体</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+54" />
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location line="-52" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose a Chinese font</source>
        <translation>选择中文字体</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Printing settings saved.</source>
        <translation>打印设置已保存。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/beds_page.py" line="+22" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../rescue_desk/ui/reports_page.py" line="+69" />
        <source>People (人数)</source>
        <translation>救助人数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critically ill</source>
        <translation>危重病人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mental disorder</source>
        <translation>精神障碍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dementia or intellectual disability</source>
        <translation>痴呆或智力障碍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Injured or ill</source>
        <translation>伤病</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This province</source>
        <translation>本省</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other province</source>
        <translation>外省</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Placed</source>
        <translation>安置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Travel voucher</source>
        <translation>乘车凭证返乡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left on own request</source>
        <translation>自行离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collected</source>
        <translation>亲属接领</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escorted</source>
        <translation>护送返乡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relief ended</source>
        <translation>终止救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left without formalities</source>
        <translation>擅自离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still in station</source>
        <translation>仍在站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escorted, of which cross-province</source>
        <translation>护送返乡（其中跨省）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Collected, of which cross-province</source>
        <translation>接领（其中跨省）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Living support</source>
        <translation>生活救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medical</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Return home</source>
        <translation>返乡救助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Temporary placement</source>
        <translation>临时安置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other (supplies)</source>
        <translation>其他救助（发放物资）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trafficking victims</source>
        <translation>被拐卖受害人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domestic-violence victims</source>
        <translation>家庭暴力受害人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left-behind children</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hong Kong, Macao, Taiwan residents</source>
        <translation>港澳台居民</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foreigners</source>
        <translation>外国人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other departure</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Street patrols</source>
        <translation>街面巡查（次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff trips</source>
        <translation>出动人员（人次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vehicle trips</source>
        <translation>出动车辆（车次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key places covered</source>
        <translation>巡查重点点位（处）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cold-wave days</source>
        <translation>寒潮天数（天）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People found</source>
        <translation>发现流浪乞讨人员（人次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brought in</source>
        <translation>劝导入站（人次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused, helped where they were</source>
        <translation>拒绝入站、现场发放物资（人次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referred elsewhere</source>
        <translation>转介其他部门（人次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hotline calls</source>
        <translation>受理求助热线（次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>of which the team came late</source>
        <translation>其中：超时到达（次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Admitted to the station</source>
        <translation>站内救助（人次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escorted home</source>
        <translation>护送返乡（人次）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Families found</source>
        <translation>寻亲成功（人）</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/main_window.py" line="+6" />
        <location filename="../../rescue_desk/ui/reports_page.py" line="+40" />
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/reports_page.py" line="+9" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Campaign report</source>
        <translation>专项行动报表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Week of</source>
        <translation>按周，所在日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The month</source>
        <translation>按月（上方月份）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Monthly report</source>
        <translation>月报表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily occupancy</source>
        <translation>每日在站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Winter campaign</source>
        <translation>寒冬送温暖</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+82" />
        <location line="+62" />
        <source>Behind the figure</source>
        <translation>数字背后的记录</translation>
    </message>
    <message>
        <location line="-141" />
        <source>Choose a figure, a bar or a day to see what is behind it; double-click a case number to open the stay.</source>
        <translation>选中一个数字、一根柱条或某一天，可查看其背后的记录；双击救助编号打开该救助记录。</translation>
    </message>
    <message>
        <location line="+149" />
        <source>Winter campaign, the week {first} to {last}; “so far” counts from {start}.</source>
        <translation>“寒冬送温暖”专项行动周报：{first} 至 {last}；“累计”自 {start} 起计。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Winter campaign, the month {first} to {last}; “so far” counts from {start}.</source>
        <translation>“寒冬送温暖”专项行动月报：{first} 至 {last}；“累计”自 {start} 起计。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{first} to {last}: at most {peak} in the station at midnight; {beds} beds in service.</source>
        <translation>{first} 至 {last}：24 时在站最多 {peak} 人；在用床位 {beds} 张。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{first} to {last}: {visits} stays (人次), {people} people (人数); average days in station of those who left: {days}. A stay counts when the person was admitted and in the station at some moment of the month.</source>
        <translation>{first} 至 {last}：救助 {visits} 人次、{people} 人；离站者平均在站 {days} 天。本月曾在站接受救助的救助记录均计入（含上月延续）。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Average days in station (of those who left)</source>
        <translation>平均在站天数（离站者）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Arrivals by source (人次)</source>
        <translation>到站来源（人次）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Departures by type (人次)</source>
        <translation>离站去向（人次）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In the station at midnight</source>
        <translation>每日 24 时在站人数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Beds: {n}</source>
        <translation>床位数 {n}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Handed out: {item}</source>
        <translation>发放{item}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Supplies handed out in the period</source>
        <translation>本期发放物资</translation>
    </message>
    <message>
        <location line="+26" />
        <source>In the station at midnight, {day}</source>
        <translation>{day} 24 时在站</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{title}: {n}</source>
        <translation>{title}：{n}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location line="-272" />
        <source>Breakdown</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Row</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>人次</source>
        <translation>人次</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stays behind the figure</source>
        <translation>该数字对应的救助记录</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing this month.</source>
        <translation>本月没有数据。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>At 00:00</source>
        <translation>0 时在站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arrived</source>
        <translation>当日入站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left</source>
        <translation>当日离站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>At 24:00</source>
        <translation>24 时在站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Beds used</source>
        <translation>床位使用率</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign so far</source>
        <translation>行动开始以来累计</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No supplies handed out in this period.</source>
        <translation>本期没有发放物资。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Reports are for leaders on duty and administrators.</source>
        <translation>统计报表供带班领导和管理员查看。</translation>
    </message>
    <message>
        <location line="-269" />
        <source>Total</source>
        <extracomment>Names of the report's sections and rows (context ``ReportsPage``).</extracomment>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Stays (人次)</source>
        <translation>救助人次</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Origin</source>
        <translation>来源地</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Departure</source>
        <translation>离站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relief type</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Special groups</source>
        <translation>特殊群体</translation>
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
    <name>RoleGuideDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/help.py" line="+25" />
        <source>Guides for each role</source>
        <translation>各角色上岗指南</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Your roles are in bold.</source>
        <translation>粗体为您的角色。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../rescue_desk/ui/setup_wizard.py" line="-74" />
        <source>Local rules</source>
        <translation>本站规则</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The numbers that differ by province or city start at these defaults. Change them any time in Settings → Local rules.</source>
        <translation>各省市不同的数值先使用下列默认值，随时可以在“设置 → 本站规则”中修改。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set up the station</source>
        <translation>设置站点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Default</source>
        <translation>默认值</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-210" />
        <source>Rules that differ by province or city. Each shows its default; change them to your station's practice.</source>
        <translation>各省市不同的规定。每项都标出了默认值；请按本站的做法修改。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Local rules</source>
        <translation>本站规则</translation>
    </message>
    <message>
        <location line="+30" />
        <source>(default: {default})</source>
        <translation>（默认：{default}）</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only an administrator can change local rules.</source>
        <translation>只有管理员可以修改本站规则。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{minimum} to {maximum} {unit}.</source>
        <translation>{minimum} 至 {maximum} {unit}。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Month and day, e.g. 11-15.</source>
        <translation>月-日，如 11-15。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>24-hour time, e.g. 09:00.</source>
        <translation>24 小时制，如 09:00。</translation>
    </message>
    <message>
        <location line="+18" />
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
    <message>
        <location line="+56" />
        <source>officer · {detail}</source>
        <translation>工作人员 · {detail}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{age} years</source>
        <translation>{age}岁</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../rescue_desk/ui/main_window.py" line="+1" />
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="+252" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="+5" />
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
        <location line="+2" />
        <source>Storage places</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Areas and beds</source>
        <translation>区域与床位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Printing</source>
        <translation>打印</translation>
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
        <location line="+4" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../rescue_desk/ui/setup_wizard.py" line="+82" />
        <source>Set up the station</source>
        <translation>设置站点</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../rescue_desk/ui/dialogs.py" line="-54" />
        <location filename="../../rescue_desk/ui/pages/intake_page.py" line="-1530" />
        <location filename="../../rescue_desk/ui/search_box.py" line="-4" />
        <source>Male</source>
        <extracomment>How long typing must pause before the candidates are looked up again (ms). Longest side of a photo as stored (px). Rows of relatives and contacts on the form. Sexes as the form offers them (context ``Sex``).</extracomment>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../rescue_desk/ui/pages/intake_page.py" line="+1" />
        <location filename="../../rescue_desk/ui/search_box.py" line="+1" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../rescue_desk/ui/pages/intake_page.py" line="+1" />
        <source>Cannot be determined</source>
        <translation>无法确定</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/duty_page.py" line="-867" />
        <source>Flagged: two posts in one shift, or under {hours} h rest between two shifts (local rule).</source>
        <translation>会提示：同一班次兼两个岗位，或两班之间休息不足 {hours} 小时（本站规则）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../rescue_desk/ui/setup_wizard.py" line="-251" />
        <source>Welcome to Rescue Desk</source>
        <extracomment>Fields of the station page and of the administrator page (where a refusal is shown).</extracomment>
        <translation>欢迎使用救助站前台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This database holds no station yet.</source>
        <translation>这个数据库里还没有站点。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set up our station now</source>
        <translation>现在设置本站</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try the demo station first</source>
        <translation>先试用演示站</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About five minutes: the station's details, your administrator account, the areas and beds, the local rules, and a test print.</source>
        <translation>大约五分钟：站点信息、您的管理员账号、区域与床位、本站规则，以及一张测试打印页。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A throw-away station full of made-up people, to learn the desk. Its title bar and every printout say DEMO, and nothing is kept: the next start offers this set-up again.</source>
        <translation>一个用完即弃、人员全部虚构的站点，用来熟悉前台。标题栏和每张打印件都标明“演示 DEMO”，什么都不会保留：下次启动时仍会提供本设置。</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location line="+12" />
        <source>The station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Printed at the top of every form and report.</source>
        <translation>印在每张表单和报表的顶部。</translation>
    </message>
    <message>
        <location line="+6" />
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
        <source>The 24-hour rescue hotline, printed on slips.</source>
        <translation>24 小时求助热线，印在各种单据上。</translation>
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
</context>
<context>
    <name>StationTab</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="-664" />
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
    <name>StayDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/stay_dialog.py" line="+74" />
        <source>Stay {case_no} — {name}</source>
        <translation>救助记录 {case_no} — {name}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+2" />
        <source>Minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Case no. {case_no} · arrived {time}</source>
        <translation>救助编号 {case_no} · 到站 {time}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stated</source>
        <translation>本人所述</translation>
    </message>
    <message>
        <location line="+1" />
        <source>estimated</source>
        <translation>目测</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{age} years</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <location line="+3" />
        <source>born {date}</source>
        <translation>出生 {date}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No ID document</source>
        <translation>无证件</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Nothing recorded.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escorting unit</source>
        <translation>护送单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escorting officers</source>
        <translation>护送人员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Escort's phone</source>
        <translation>护送人员电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where found</source>
        <translation>发现地点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Initial check</source>
        <translation>初步检视</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nothing noted</source>
        <translation>未见异常</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Came back</source>
        <translation>再次求助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>after {days} days; decision: {decision}</source>
        <translation>离站 {days} 天后；处理决定：{decision}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This stay</source>
        <translation>本次救助</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location line="+1" />
        <source>低保 / 五保</source>
        <translation>低保 / 五保</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID kept because</source>
        <translation>证件号码保存原因</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Person</source>
        <translation>受助人员</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{cm} cm</source>
        <translation>{cm} 厘米</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>体型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marks</source>
        <translation>体表特征</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clothing</source>
        <translation>衣着</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accent or dialect</source>
        <translation>口音或方言</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fingerprints</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location line="+0" />
        <source>taken</source>
        <translation>已采集</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seeking help because</source>
        <translation>求助原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time away</source>
        <translation>流浪时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>流浪经历</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs</source>
        <translation>求助需求</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Features and help sought</source>
        <translation>体貌特征与求助情况</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/outreach_page.py" line="+49" />
        <source>Hand out supplies</source>
        <translation>发放物资</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supplies received</source>
        <translation>物资入库</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Supplies</source>
        <translation>救助物资</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 to 99999, and not more than the stock.</source>
        <translation>1 至 99999，且不能超过库存。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A whole number, 1 to 99999.</source>
        <translation>整数，1 至 99999。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Case no. of a person in the station</source>
        <translation>在站人员的救助编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>or a relief point outside</source>
        <translation>或站外救助点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A handout goes to a case no. or a relief point: one is required.</source>
        <translation>发放对象须填救助编号或救助点，至少填一项。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relief point</source>
        <translation>救助点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Received from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/duty_page.py" line="+803" />
        <source>Swap a duty</source>
        <translation>换班</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Gives the duty</source>
        <translation>原值班人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takes it</source>
        <translation>顶替人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record the swap</source>
        <translation>记录换班</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../rescue_desk/ui/pages/settings_page.py" line="+11" />
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
        <location line="+11" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0" />
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