; Inno Setup 6 script: a per-user installer for the one-folder bundle in dist\kansencirkel.
; Build on Windows, from the repository root (see README, "Building the installers"):
;   python packaging\build.py          (writes dist\kansencirkel and build\version.iss)
;   iscc packaging\windows\kansencirkel.iss
; Output: dist\installer\Kansencirkel-<version>-setup.exe
;
; - Per user, no administrator rights: installs under %LOCALAPPDATA%\Programs\Kansencirkel.
; - Start-menu entry; optional desktop icon.
; - The uninstaller removes the program only. The vault (the children's files, encrypted)
;   lives in the user's data folder and stays; the uninstaller says where it is.
; - .kcx (sealed hand-over files) is associated with the app once the app opens them:
;   build with  iscc /DWithKcx packaging\windows\kansencirkel.iss  from then on.

; Name and version come from pyproject.toml through build\version.iss (packaging/build.py).
#include "..\..\build\version.iss"

#define AppName "Kansencirkel"
#define AppExe "kansencirkel.exe"
#define Bundle "..\..\dist\kansencirkel"

[Setup]
; A fixed id: upgrades replace the installed version instead of installing beside it.
AppId={{6E0C3A5B-5B8E-4C1E-9F4B-2B8D2A1C7E10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kansencirkel
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\icons\kansencirkel.ico
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist\installer
OutputBaseFilename=Kansencirkel-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 or later (what PySide6 6.x supports).
MinVersion=10.0
#ifdef WithKcx
ChangesAssociations=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.VaultKept=Kansencirkel is verwijderd. Uw kluis (de versleutelde dossiers) is niet verwijderd en staat nog in:%n%n%1%n%nVerwijder die map alleen als u de gegevens echt niet meer nodig hebt; maak eerst een reservekopie (kansencirkel vault backup).
english.VaultKept=Kansencirkel has been removed. Your vault (the encrypted case files) was not removed and is still in:%n%n%1%n%nDelete that folder only if you really no longer need the data; make a backup first (kansencirkel vault backup).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

#ifdef WithKcx
[Registry]
; Per user (HKCU\Software\Classes via HKA when not elevated).
Root: HKA; Subkey: "Software\Classes\.kcx"; ValueType: string; ValueName: ""; ValueData: "Kansencirkel.Overdracht"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Kansencirkel.Overdracht"; ValueType: string; ValueName: ""; ValueData: "Kansencirkel-overdracht"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Kansencirkel.Overdracht\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Kansencirkel.Overdracht\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
#endif

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself left next to it; never the user's data folder.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
// Where kansencirkel/paths.py keeps the vault on Windows: platformdirs' roaming user data
// folder, %APPDATA%\Kansencirkel\Kansencirkel (kansencirkel.kcv and its key files).
function VaultFolder(): String;
begin
  Result := ExpandConstant('{userappdata}\Kansencirkel\Kansencirkel');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(VaultFolder()) then
    if not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('VaultKept'), [VaultFolder()]), mbInformation, MB_OK);
end;
