; Inno Setup 6 script for the PyInstaller one-folder build in dist\linkdesk.
; Built by `python packaging/build.py` on Windows, which passes the version from
; pyproject.toml (the one source) and the icon it rendered from the SVG:
;   iscc /DAppVersion=0.1.0 /DIconFile=..\..\build\icons\linkdesk.ico packaging\windows\linkdesk.iss
#ifndef AppVersion
  #error "Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z (packaging/build.py does)"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\linkdesk.ico"
#endif
#define AppName "LinkDesk"
#define AppPublisher "The LinkDesk developers"
#define AppURL "https://linkdesk.org/"

[Setup]
AppId={{7B1F6A52-3C4E-4C8B-9E55-2D1C0F7A9B11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
AppUpdatesURL={#AppURL}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; The bundle is 64-bit: install in 64-bit mode (Program Files, not Program Files (x86)) on
; x64 Windows and on Arm64 Windows 11 (which runs x64 programs); refuse 32-bit Windows.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809 or later, as Qt 6 requires.
MinVersion=10.0.17763
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine by default (IT deploys it), per-user when the person installing chooses so
; (or with /CURRENTUSER on the command line).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
LicenseFile=..\..\LICENSE
InfoBeforeFile=..\licenses\THIRD-PARTY-NOTICES.txt
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\LinkDesk.exe
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=LinkDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; Workspaces and logs live in the user's own folders and are never removed by the uninstaller.

[Files]
Source: "..\..\dist\linkdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\licenses\*"; DestDir: "{app}\licenses"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\LinkDesk.exe"; IconFilename: "{app}\LinkDesk.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"; IconFilename: "{app}\LinkDesk.exe"

[Run]
Filename: "{app}\LinkDesk.exe"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
