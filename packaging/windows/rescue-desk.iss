; Inno Setup script: wraps the one-folder bundle (packaging/dist/rescue-desk, built on Windows
; with packaging/build.sh under Git Bash or the same PyInstaller command) into an installer
; with Start-menu and desktop shortcuts. The uninstaller removes the program only: the data
; folder (%APPDATA%\RescueDesk: the database, backups and logs) is kept.
; Needs Inno Setup 6.5 or later: ChineseSimplified.isl ships with Inno Setup from 6.5 on.
;   iscc packaging\windows\rescue-desk.iss

#define AppName "Rescue Desk"
#define AppNameZh "救助站前台"
#define AppVersion "0.1.0"

[Setup]
AppId={{8E4C2C55-3D0B-4F5E-9C71-6B1F0E6A2D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Rescue Desk
DefaultDirName={autopf}\RescueDesk
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=rescue-desk-{#AppVersion}-setup
SetupIconFile=..\build\icons\rescue-desk.ico
UninstallDisplayIcon={app}\rescue-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\rescue-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppNameZh}"; Filename: "{app}\rescue-desk.exe"
Name: "{group}\{cm:UninstallProgram,{#AppNameZh}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\rescue-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\rescue-desk.exe"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself wrote next to its files; the data folder is left alone
Type: filesandordirs; Name: "{app}\__pycache__"
