; Inno Setup script for the PyInstaller one-folder build in dist\LinkDesk.
#define AppVersion "0.1.0"

[Setup]
AppId={{7B1F6A52-3C4E-4C8B-9E55-2D1C0F7A9B11}
AppName=LinkDesk
AppVersion={#AppVersion}
DefaultDirName={autopf}\LinkDesk
DefaultGroupName=LinkDesk
OutputBaseFilename=LinkDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
; Workspaces live in the user's data folder and are never removed by the uninstaller.

[Files]
Source: "..\..\dist\LinkDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\LinkDesk"; Filename: "{app}\linkdesk.exe"
